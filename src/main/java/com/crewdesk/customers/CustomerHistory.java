package com.crewdesk.customers;

import com.crewdesk.jobs.Channel;
import com.crewdesk.security.Caller;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * One row per changed customer field (P17): written by the service, read by the API and
 * the customer page.
 */
@Repository
public class CustomerHistory {

	/**
	 * One change as shown: field, old and new value (names, not ids), who, when and the
	 * channel.
	 */
	public record Entry(String field, Object oldValue, Object newValue, String changedBy, Instant changedAt,
			String channel) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CustomerHistory(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void record(Caller caller, Channel channel, Instant at, UUID customer, String field, Object oldRaw, Object newRaw) {
		jdbc.sql(
				"""
						INSERT INTO customer_history (company_id, customer_id, changed_at, staff_id, api_key_id, channel, field,
						  old_value, new_value)
						VALUES (:company, :customer, :at, :staff, :apiKey, :channel, :field, CAST(:old AS jsonb), CAST(:new AS jsonb))""")
			.param("company", caller.companyId())
			.param("customer", customer)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("staff", caller.staffId(), Types.OTHER)
			.param("apiKey", caller.apiKeyId(), Types.BIGINT)
			.param("channel", channel.code())
			.param("field", field)
			.param("old", json.writeValueAsString(oldRaw))
			.param("new", json.writeValueAsString(newRaw))
			.update();
	}

	/** One change of a batch of history rows written together (imports). */
	public record Change(UUID customer, String field, Object oldRaw, Object newRaw) {
	}

	/** Writes many history rows with ONE INSERT … SELECT over arrays. */
	public void recordAll(Caller caller, Channel channel, Instant at, List<Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		jdbc.sql("""
				INSERT INTO customer_history (company_id, customer_id, changed_at, staff_id, api_key_id, channel, field,
				  old_value, new_value)
				SELECT :company, h.customer_id, :at, :staff, :apiKey, :channel, h.field, CAST(h.old_value AS jsonb),
				       CAST(h.new_value AS jsonb)
				FROM unnest(CAST(:customers AS uuid[]), CAST(:fields AS text[]), CAST(:olds AS text[]),
				            CAST(:news AS text[])) AS h(customer_id, field, old_value, new_value)""")
			.param("company", caller.companyId())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("staff", caller.staffId(), Types.OTHER)
			.param("apiKey", caller.apiKeyId(), Types.BIGINT)
			.param("channel", channel.code())
			.param("customers", changes.stream().map(change -> change.customer().toString()).toArray(String[]::new))
			.param("fields", changes.stream().map(Change::field).toArray(String[]::new))
			.param("olds",
					changes.stream().map(change -> json.writeValueAsString(change.oldRaw())).toArray(String[]::new))
			.param("news",
					changes.stream().map(change -> json.writeValueAsString(change.newRaw())).toArray(String[]::new))
			.update();
	}

	/** Newest first; the author is the staff member's name or the API key's name. */
	public List<Entry> page(long companyId, UUID customer, int limit, int page) {
		return jdbc.sql("""
				SELECT h.field, h.old_value::text AS old_value, h.new_value::text AS new_value, h.changed_at, h.channel,
				       coalesce(s.display_name, k.name, 'system') AS changed_by
				FROM customer_history h
				LEFT JOIN staff_users s ON s.company_id = h.company_id AND s.id = h.staff_id
				LEFT JOIN api_keys k ON k.company_id = h.company_id AND k.id = h.api_key_id
				WHERE h.company_id = :company AND h.customer_id = :customer
				ORDER BY h.changed_at DESC, h.id DESC
				LIMIT :limit OFFSET :offset""")
			.param("company", companyId)
			.param("customer", customer)
			.param("limit", limit)
			.param("offset", (long) (page - 1) * limit)
			.query((rs, row) -> new Entry(rs.getString("field"), parse(rs.getString("old_value")),
					parse(rs.getString("new_value")), rs.getString("changed_by"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("channel")))
			.list();
	}

	private Object parse(String value) {
		return value == null ? null : json.readValue(value, Object.class);
	}

	/** The API form of an entry. */
	public static Map<String, Object> toRaw(Entry entry) {
		Map<String, Object> raw = new LinkedHashMap<>();
		raw.put("field", entry.field());
		raw.put("old_value", entry.oldValue());
		raw.put("new_value", entry.newValue());
		raw.put("changed_by", entry.changedBy());
		raw.put("changed_at", entry.changedAt().toString());
		raw.put("channel", entry.channel());
		return raw;
	}

}
