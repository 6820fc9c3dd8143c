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
		JobListQuery.Statement page = JobListQuery.countsFirst(request.filter())
				? JobListQuery.pageOfFewStatement(scope, request) : JobListQuery.pageStatement(scope, request);
		return plan(jdbc, page) + "\n" + plan(jdbc, JobListQuery.countStatement(scope, request.filter()));
	}

	/**
	 * The floor of a list request: the database work the app does for it (the page query,
	 * then the total's query: the kept counts, the planner's estimate or the capped
	 * count, unless the page ends the list; for a search expected to match few, the
	 * estimate and the page counted in one statement), with the same SQL and parameters,
	 * run directly over JDBC. Milliseconds.
	 */
	public static double floorMillis(JdbcClient jdbc, long companyId, String queryString) {
		JobListRequest request = ListUrls.request(queryString);
		JobListScope scope = new JobListScope(companyId, null);
		long started = System.nanoTime();
		if (request.filter().search() != null) {
			JobListQuery.Statement matches = JobListQuery.matchesStatement(scope, request.filter());
			if (new JobListEstimate(jdbc).rows(matches.sql(), matches.params()) <= JobListQuery.FEW_EXPECTED) {
				JobListQuery.Statement few = JobListQuery.pageOfFewCountedStatement(scope, request);
				List<Long> matched = jdbc.sql(few.sql())
					.params(few.params())
					.query((rs, n) -> rs.getLong("matched"))
					.list();
				if (!matched.isEmpty() && matched.get(0) <= JobCount.CAP) {
					return (System.nanoTime() - started) / 1_000_000.0;
				}
			}
		}
		boolean countedFirst = JobListQuery.countsFirst(request.filter());
		long counted = countedFirst ? countRows(jdbc, scope, request.filter()) : -1;
		JobListQuery.Statement page = counted >= 0 && counted <= JobCount.CAP
				? JobListQuery.pageOfFewStatement(scope, request) : JobListQuery.pageStatement(scope, request);
		int rows = jdbc.sql(page.sql()).params(page.params()).query((rs, n) -> 1).list().size();
		boolean lastPage = rows <= request.size() && (rows > 0 || request.offset() == 0);
		if (!countedFirst && !lastPage) {
			countRows(jdbc, scope, request.filter());
		}
		return (System.nanoTime() - started) / 1_000_000.0;
	}

	/**
	 * What JobListQuery.count reads: the estimate when it is trusted and large, else the
	 * capped count (-1 when only estimated).
	 */
	private static long countRows(JdbcClient jdbc, JobListScope scope, JobFilter filter) {
		if (JobListKeptCount.answers(filter)) {
			JobListQuery.Statement kept = JobListKeptCount.statement(scope, filter);
			return jdbc.sql(kept.sql()).params(kept.params()).query(Long.class).single();
		}
		long estimate = -1;
		if (JobListEstimate.trustworthy(scope, filter)) {
			JobListQuery.Statement matches = JobListQuery.matchesStatement(scope, filter);
			estimate = new JobListEstimate(jdbc).rows(matches.sql(), matches.params());
		}
		if (estimate > JobListQuery.ABOUT_FROM) {
			return -1;
		}
		JobListQuery.Statement count = JobListQuery.countStatement(scope, filter);
		return jdbc.sql(count.sql()).params(count.params()).query((rs, n) -> 1).list().size();
	}

	/** The exact number of matches, counted in full (to check an estimate). */
	public static long exactCount(JdbcClient jdbc, long companyId, String queryString) {
		JobListRequest request = ListUrls.request(queryString);
		JobListQuery.Statement matches = JobListQuery.matchesStatement(new JobListScope(companyId, null),
				request.filter());
		return jdbc.sql("SELECT count(*) FROM (" + matches.sql() + ") m")
			.params(matches.params())
			.query(Long.class)
			.single();
	}

	private static String plan(JdbcClient jdbc, JobListQuery.Statement statement) {
		List<String> lines = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql())
			.params(statement.params())
			.query(String.class)
			.list();
		return String.join("\n", lines);
	}

}
