package com.crewdesk.jobs.list;

import com.crewdesk.patch.JobStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The exact number of jobs a filter on statuses, priority and assignee matches, read from
 * the counts kept per company (V20, per priority since V26: {@code job_counts} and the
 * changes not yet folded into it, in one statement, so one snapshot) instead of counted
 * over the jobs: a few hundred rows at most, however many jobs match. A count over the
 * jobs of "unassigned, Emergency" read 320,000 index entries for 6,853 matches and ran
 * out of its budget ("300+").
 */
@Component
public class JobListKeptCount {

	private static final String COUNT = """
			SELECT coalesce(sum(n), 0) FROM (
			    SELECT status, priority, assignee, n FROM job_counts
			    WHERE company_id = :company AND facet = 'status'
			    UNION ALL
			    SELECT status, priority, assignee, n FROM job_count_changes
			    WHERE company_id = :company AND facet = 'status') AS counts
			WHERE %s""";

	private final JdbcClient jdbc;

	public JobListKeptCount(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the kept counts answer this filter: live jobs, restricted by nothing but
	 * statuses, priority and assignee (a technician's own jobs included).
	 */
	public static boolean answers(JobFilter filter) {
		return filter.onStatusPriorityAndAssigneeOnly();
	}

	/** Only for a filter it {@link #answers}. */
	public JobCount count(JobListScope scope, JobFilter filter) {
		JobListQuery.Statement count = statement(scope, filter);
		return JobCount.exact(jdbc.sql(count.sql()).params(count.params()).query(Long.class).single());
	}

	/** The sum of the kept counts a filter matches. */
	public static JobListQuery.Statement statement(JobListScope scope, JobFilter filter) {
		List<String> conditions = new ArrayList<>(List.of("true"));
		Map<String, Object> params = new HashMap<>(Map.of("company", scope.companyId()));
		if (scope.onlyAssignee() != null) {
			conditions.add("assignee = :me");
			params.put("me", scope.onlyAssignee());
		}
		if (!filter.statuses().isEmpty()) {
			conditions.add("status IN (:statuses)");
			params.put("statuses", filter.statuses().stream().map(JobStatus::label).toList());
		}
		if (filter.priority() != null) {
			conditions.add("priority = :priority");
			params.put("priority", filter.priority().label());
		}
		if (filter.unassigned()) {
			conditions.add("assignee IS NULL");
		}
		if (filter.assignee() != null) {
			conditions.add("assignee = :assignee");
			params.put("assignee", filter.assignee());
		}
		return new JobListQuery.Statement(COUNT.formatted(String.join(" AND ", conditions)), params);
	}

}
