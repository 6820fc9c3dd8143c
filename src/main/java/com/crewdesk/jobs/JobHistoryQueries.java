package com.crewdesk.jobs;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a job's history, newest first, in one query per page: who (staff name or API key
 * name) and, for references (customer, location, staff), the names the old and new ids
 * stand for.
 */
@Repository
public class JobHistoryQueries {

	/** Which entries of a job's history to read: all when a part is null. */
	public record HistoryFilter(String field, String channel) {

		public static final HistoryFilter ALL = new HistoryFilter(null, null);

	}

	private static final String PAGE = """
			WITH page AS (
			    SELECT h.id, h.company_id, h.changed_at, h.channel, h.field, h.old_value, h.new_value, h.staff_id,
			           h.api_key_id,
			           CAST(CASE WHEN h.field IN (%1$s) THEN h.old_value #>> '{}' END AS uuid) AS old_ref,
			           CAST(CASE WHEN h.field IN (%1$s) THEN h.new_value #>> '{}' END AS uuid) AS new_ref
			    FROM job_history h
			    WHERE h.company_id = :company AND h.job_id = :job
			      AND (CAST(:field AS text) IS NULL OR h.field = :field)
			      AND (CAST(:channel AS text) IS NULL OR h.channel = :channel)
			    ORDER BY h.changed_at DESC, h.id DESC
			    LIMIT :limit OFFSET :offset)
			SELECT p.*, s.display_name AS staff_name, k.name AS api_key_name,
			       coalesce(oc.list_name, ol.name, os.display_name) AS old_display,
			       coalesce(nc.list_name, nl.name, ns.display_name) AS new_display
			FROM page p
			LEFT JOIN staff_users s ON s.company_id = p.company_id AND s.id = p.staff_id
			LEFT JOIN api_keys k ON k.company_id = p.company_id AND k.id = p.api_key_id
			LEFT JOIN customers oc ON p.field = 'customer_uuid' AND oc.company_id = p.company_id AND oc.id = p.old_ref
			LEFT JOIN customers nc ON p.field = 'customer_uuid' AND nc.company_id = p.company_id AND nc.id = p.new_ref
			LEFT JOIN locations ol ON p.field = 'location_uuid' AND ol.company_id = p.company_id AND ol.id = p.old_ref
			LEFT JOIN locations nl ON p.field = 'location_uuid' AND nl.company_id = p.company_id AND nl.id = p.new_ref
			LEFT JOIN staff_users os ON p.field IN (%2$s) AND os.company_id = p.company_id AND os.id = p.old_ref
			LEFT JOIN staff_users ns ON p.field IN (%2$s) AND ns.company_id = p.company_id AND ns.id = p.new_ref
			ORDER BY p.changed_at DESC, p.id DESC""".formatted(
			"'customer_uuid', 'location_uuid', 'assigned_to_user_id', 'sales_rep_id', 'project_manager_id'",
			"'assigned_to_user_id', 'sales_rep_id', 'project_manager_id'");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JobHistoryQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public List<Map<String, Object>> page(long companyId, long jobId, int limit, int page) {
		return page(companyId, jobId, HistoryFilter.ALL, limit, page);
	}

	/**
	 * One page of entries; {@code old_display}/{@code new_display} name what a reference
	 * id stands for (null for other fields).
	 */
	public List<Map<String, Object>> page(long companyId, long jobId, HistoryFilter filter, int limit, int page) {
		return jdbc.sql(PAGE)
			.param("company", companyId)
			.param("job", jobId)
			.param("field", filter.field())
			.param("channel", filter.channel())
			.param("limit", limit)
			.param("offset", (long) (page - 1) * limit)
			.query((rs, row) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("changed_at", rs.getObject("changed_at", OffsetDateTime.class).toInstant().toString());
				entry.put("channel", rs.getString("channel"));
				entry.put("field", rs.getString("field"));
				entry.put("old_value", json.readValue(rs.getString("old_value"), Object.class));
				entry.put("new_value", json.readValue(rs.getString("new_value"), Object.class));
				entry.put("old_display", rs.getString("old_display"));
				entry.put("new_display", rs.getString("new_display"));
				entry.put("user_id", rs.getString("staff_id"));
				entry.put("user_name", rs.getString("staff_name"));
				entry.put("api_key", rs.getString("api_key_name"));
				return entry;
			})
			.list();
	}

	/** The fields this job's history has entries for, for the page's field filter. */
	public List<String> fields(long companyId, long jobId) {
		return jdbc.sql("""
				SELECT DISTINCT field FROM job_history
				WHERE company_id = :company AND job_id = :job
				ORDER BY field""").param("company", companyId).param("job", jobId).query(String.class).list();
	}

}
