package com.crewdesk.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of webhooks: endpoints (per company), their deliveries, and the sender's claim.
 */
@Repository
class WebhookStore {

	/** A delivery the sender claimed, with what it needs to send it. */
	record Claimed(long id, int attempts, Instant retryUntil, String url, String secret, UUID eventId, String type,
			String payload, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	WebhookStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long companyId, String url, List<String> events, String secret, UUID createdBy) {
		return jdbc.sql("""
				INSERT INTO webhook_endpoints (company_id, url, events, secret, created_by)
				VALUES (:company, :url, CAST(:events AS text[]), :secret, :by) RETURNING id""")
			.param("company", companyId)
			.param("url", url)
			.param("events", events.toArray(String[]::new))
			.param("secret", secret)
			.param("by", createdBy)
			.query(Long.class)
			.single();
	}

	List<WebhookEndpoint> list(long companyId) {
		return jdbc.sql("""
				SELECT id, url, events, active, created_at FROM webhook_endpoints
				WHERE company_id = :company ORDER BY active DESC, id""")
			.param("company", companyId)
			.query(WebhookStore::endpoint)
			.list();
	}

	Optional<WebhookEndpoint> find(long companyId, long id) {
		return jdbc.sql(
				"SELECT id, url, events, active, created_at FROM webhook_endpoints WHERE company_id = :company AND id = :id")
			.param("company", companyId)
			.param("id", id)
			.query(WebhookStore::endpoint)
			.optional();
	}

	/**
	 * Stops an endpoint: no new events, and what was still waiting for it ends as failed.
	 */
	boolean deactivate(long companyId, long id) {
		jdbc.sql("""
				UPDATE webhook_deliveries SET state = 'FAILED', last_error = 'endpoint removed'
				WHERE company_id = :company AND endpoint_id = :id AND state = 'PENDING'""")
			.param("company", companyId)
			.param("id", id)
			.update();
		return jdbc
			.sql("UPDATE webhook_endpoints SET active = false WHERE company_id = :company AND id = :id AND active")
			.param("company", companyId)
			.param("id", id)
			.update() == 1;
	}

	List<WebhookDelivery> recentDeliveries(long companyId, long endpointId, int limit) {
		return jdbc.sql("""
				SELECT d.id, e.event_id, e.type, d.subject, d.state, d.attempts, d.response_status, d.last_error,
				  d.created_at, d.last_attempt_at, d.next_attempt_at
				FROM webhook_deliveries d
				JOIN webhook_events e ON e.company_id = d.company_id AND e.id = d.event_id
				WHERE d.company_id = :company AND d.endpoint_id = :endpoint
				ORDER BY d.id DESC LIMIT :limit""")
			.param("company", companyId)
			.param("endpoint", endpointId)
			.param("limit", limit)
			.query((rs, row) -> new WebhookDelivery(rs.getLong("id"), rs.getObject("event_id", UUID.class),
					rs.getString("type"), rs.getString("subject"), rs.getString("state"), rs.getInt("attempts"),
					(Integer) rs.getObject("response_status"), rs.getString("last_error"), instant(rs, "created_at"),
					instant(rs, "last_attempt_at"), instant(rs, "next_attempt_at")))
			.list();
	}

	/**
	 * Sends a delivery again from now on, with a fresh retry window (the same event id,
	 * so a receiver that has it already can drop it).
	 */
	boolean resend(long companyId, long endpointId, long deliveryId, Duration retryFor) {
		return jdbc.sql("""
				UPDATE webhook_deliveries d SET state = 'PENDING', next_attempt_at = now(), attempts = 0,
				  retry_until = now() + CAST(:retryFor AS interval)
				FROM webhook_endpoints w
				WHERE d.company_id = :company AND d.endpoint_id = :endpoint AND d.id = :id
				  AND w.company_id = d.company_id AND w.id = d.endpoint_id AND w.active""")
			.param("company", companyId)
			.param("endpoint", endpointId)
			.param("id", deliveryId)
			.param("retryFor", retryFor.toMillis() + " milliseconds")
			.update() == 1;
	}

	/**
	 * Claims up to {@code limit} due deliveries of ALL companies: the sender is a system
	 * path with no caller (it only moves each company's own events to that company's own
	 * endpoints, joined by company_id). A delivery is due only when no earlier delivery
	 * of the same endpoint and subject is pending, which keeps the order per job.
	 * Claiming leases it (next_attempt_at moves {@code lease} ahead), so the HTTP call
	 * runs outside any transaction; if this instance dies mid-send, the lease expires and
	 * any instance sends it again (at-least-once). Other instances skip the rows locked
	 * meanwhile.
	 */
	List<Claimed> claim(int limit, Duration lease) {
		return jdbc.sql("""
				WITH claimed AS (
				  UPDATE webhook_deliveries d SET next_attempt_at = now() + CAST(:lease AS interval),
				    attempts = d.attempts + 1, last_attempt_at = now()
				  WHERE d.id IN (
				    SELECT due.id FROM webhook_deliveries due
				    WHERE due.state = 'PENDING' AND due.next_attempt_at <= now()
				      AND NOT EXISTS (SELECT 1 FROM webhook_deliveries earlier
				                      WHERE earlier.endpoint_id = due.endpoint_id AND earlier.subject = due.subject
				                        AND earlier.state = 'PENDING' AND earlier.event_id < due.event_id)
				    ORDER BY due.event_id LIMIT :limit FOR UPDATE SKIP LOCKED)
				  RETURNING d.id, d.company_id, d.endpoint_id, d.event_id, d.attempts, d.retry_until)
				SELECT c.id, c.attempts, c.retry_until, w.url, w.secret, e.event_id, e.type, e.payload, e.created_at
				FROM claimed c
				JOIN webhook_endpoints w ON w.company_id = c.company_id AND w.id = c.endpoint_id
				JOIN webhook_events e ON e.company_id = c.company_id AND e.id = c.event_id
				ORDER BY e.id""")
			.param("lease", lease.toMillis() + " milliseconds")
			.param("limit", limit)
			.query((rs, row) -> new Claimed(rs.getLong("id"), rs.getInt("attempts"), instant(rs, "retry_until"),
					rs.getString("url"), rs.getString("secret"), rs.getObject("event_id", UUID.class),
					rs.getString("type"), rs.getString("payload"), instant(rs, "created_at")))
			.list();
	}

	void delivered(long id, int status) {
		jdbc.sql("""
				UPDATE webhook_deliveries SET state = 'DELIVERED', response_status = :status, last_error = NULL
				WHERE id = :id""").param("id", id).param("status", status).update();
	}

	/**
	 * A failed attempt: tried again after {@code retryIn}, or FAILED for good when null.
	 */
	void attemptFailed(long id, Integer status, String error, Duration retryIn) {
		jdbc.sql("""
				UPDATE webhook_deliveries SET response_status = :status, last_error = :error,
				  state = CASE WHEN CAST(:retryIn AS interval) IS NULL THEN 'FAILED' ELSE 'PENDING' END,
				  next_attempt_at = coalesce(now() + CAST(:retryIn AS interval), next_attempt_at)
				WHERE id = :id""")
			.param("id", id)
			.param("status", status, java.sql.Types.INTEGER)
			.param("error", error == null ? null : error.substring(0, Math.min(300, error.length())))
			.param("retryIn", retryIn == null ? null : retryIn.toMillis() + " milliseconds")
			.update();
	}

	private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
		return new WebhookEndpoint(rs.getLong("id"), rs.getString("url"),
				Arrays.asList((String[]) rs.getArray("events").getArray()), rs.getBoolean("active"),
				instant(rs, "created_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
