package com.crewdesk.jobs.list;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * EXPLAIN ANALYZE of the list's page and count queries for a query string, for tuning
 * (used by the benchmark).
 */
public final class JobListPlans {

	private JobListPlans() {
	}

	public static String explain(JdbcClient jdbc, long companyId, UUID onlyAssignee, String queryString) {
		JobListRequest request = ListUrls.request(queryString);
		JobListScope scope = new JobListScope(companyId, onlyAssignee);
		return plan(jdbc, JobListQuery.pageStatement(scope, request)) + "\n"
				+ plan(jdbc, JobListQuery.countStatement(scope, request.filter()));
	}

	private static String plan(JdbcClient jdbc, JobListQuery.Statement statement) {
		List<String> lines = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql())
			.params(statement.params())
			.query(String.class)
			.list();
		return String.join("\n", lines);
	}

}
