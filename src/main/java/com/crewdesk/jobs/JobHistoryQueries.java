package com.crewdesk.jobs;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a job's history, newest first, with who (staff name or API key name) in the same
 * query.
 */
@Repository
public class JobHistoryQueries {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JobHistoryQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public List<Map<String, Object>> page(long companyId, long jobId, int limit, int page) {
		return jdbc.sql("""
				SELECT h.changed_at, h.channel, h.field, h.old_value, h.new_value, h.staff_id, h.api_key_id,
				       s.display_name AS staff_name, k.name AS api_key_name
				FROM job_history h
				LEFT JOIN staff_users s ON s.company_id = h.company_id AND s.id = h.staff_id
				LEFT JOIN api_keys k ON k.company_id = h.company_id AND k.id = h.api_key_id
				WHERE h.company_id = :company AND h.job_id = :job
				ORDER BY h.changed_at DESC, h.id DESC
				LIMIT :limit OFFSET :offset""")
			.param("company", companyId)
			.param("job", jobId)
			.param("limit", limit)
			.param("offset", (long) (page - 1) * limit)
			.query((rs, row) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("changed_at", rs.getObject("changed_at", OffsetDateTime.class).toInstant().toString());
				entry.put("channel", rs.getString("channel"));
				entry.put("field", rs.getString("field"));
				entry.put("old_value", json.readValue(rs.getString("old_value"), Object.class));
				entry.put("new_value", json.readValue(rs.getString("new_value"), Object.class));
				entry.put("user_id", rs.getString("staff_id"));
				entry.put("user_name", rs.getString("staff_name"));
				entry.put("api_key", rs.getString("api_key_name"));
				return entry;
			})
			.list();
	}

}
