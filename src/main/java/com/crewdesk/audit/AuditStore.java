package com.crewdesk.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit_log table: inserts and filtered reads only (the table refuses updates and
 * deletes itself).
 */
@Repository
class AuditStore {

	private final JdbcClient jdbc;

	AuditStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AuditEntry entry, String sourceIp) {
		jdbc.sql("""
				INSERT INTO audit_log (company_id, actor_id, actor_name, source_ip, kind, subject, change)
				VALUES (:company, :actor, :actorName, :ip, :kind, :subject, :change)""")
			.param("company", entry.companyId())
			.param("actor", entry.actorId())
			.param("actorName", cut(entry.actorName(), 254))
			.param("ip", cut(sourceIp, 64))
			.param("kind", entry.kind().name())
			.param("subject", cut(entry.subject(), 300))
			.param("change", entry.change())
			.update();
	}

	AuditPage find(long companyId, AuditFilter filter) {
		List<AuditRow> rows = jdbc.sql("""
				SELECT id, occurred_at, actor_id, actor_name, source_ip, kind, subject, change FROM audit_log
				WHERE company_id = :company
				  AND (CAST(:actor AS uuid) IS NULL OR actor_id = CAST(:actor AS uuid))
				  AND (CAST(:kind AS varchar) IS NULL OR kind = CAST(:kind AS varchar))
				  AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= CAST(:from AS timestamptz))
				  AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < CAST(:to AS timestamptz))
				ORDER BY occurred_at DESC, id DESC
				LIMIT :limit OFFSET :offset""")
			.param("company", companyId)
			.param("actor", filter.actorId())
			.param("kind", filter.kind() == null ? null : filter.kind().name())
			.param("from",
					filter.from() == null ? null
							: Timestamp.from(filter.from().atStartOfDay(filter.zone()).toInstant()))
			.param("to",
					filter.to() == null ? null
							: Timestamp.from(filter.to().plusDays(1).atStartOfDay(filter.zone()).toInstant()))
			.param("limit", AuditFilter.PAGE_SIZE + 1)
			.param("offset", filter.offset())
			.query((rs, n) -> new AuditRow(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("source_ip"),
					kindOf(rs.getString("kind")), rs.getString("subject"), rs.getString("change")))
			.list();
		boolean hasNext = rows.size() > AuditFilter.PAGE_SIZE;
		return new AuditPage(hasNext ? rows.subList(0, AuditFilter.PAGE_SIZE) : rows, filter.page(), hasNext);
	}

	private static AuditKind kindOf(String name) {
		try {
			return AuditKind.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
