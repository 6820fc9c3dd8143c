package com.crewdesk.notifications.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A staff member's recent notifications with the number of the job each one is about. */
@Repository
class NotificationFeed {

	/**
	 * One line of the notifications page; {@code jobNumber} is null for a batch summary.
	 */
	public record Item(long id, String kind, String text, boolean read, Instant createdAt, String jobNumber) {
	}

	private final JdbcClient jdbc;

	NotificationFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Item> recent(long companyId, UUID recipient, int limit) {
		return jdbc.sql("""
				SELECT n.id, n.kind, n.text, n.read, n.created_at, j.job_number
				FROM notifications n
				LEFT JOIN jobs j ON j.company_id = n.company_id AND j.id = n.job_id
				WHERE n.company_id = :company AND n.recipient_id = :recipient
				ORDER BY n.created_at DESC, n.id DESC
				LIMIT :limit""")
			.param("company", companyId)
			.param("recipient", recipient)
			.param("limit", limit)
			.query((rs, row) -> new Item(rs.getLong("id"), rs.getString("kind"), rs.getString("text"),
					rs.getBoolean("read"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getString("job_number")))
			.list();
	}

}
