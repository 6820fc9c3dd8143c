package com.crewdesk.dashboard;

import com.crewdesk.patch.JobStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DashboardQueries {

	private final JdbcClient jdbc;

	DashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts per status for every status (zero included), for the company or for one
	 * assignee.
	 */
	List<StatusCount> countsByStatus(long companyId, UUID onlyAssignee) {
		Map<String, Long> counts = jdbc.sql("""
				SELECT status, count(*) AS n FROM jobs
				WHERE company_id = :company AND deleted_at IS NULL
				  AND (CAST(:assignee AS uuid) IS NULL OR assigned_to_user_id = :assignee)
				GROUP BY status""")
			.param("company", companyId)
			.param("assignee", onlyAssignee)
			.query((rs, row) -> Map.entry(rs.getString("status"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return Arrays.stream(JobStatus.values())
			.map(status -> new StatusCount(status.label(), counts.getOrDefault(status.label(), 0L)))
			.toList();
	}

}
