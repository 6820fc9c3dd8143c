package com.crewdesk.jobs.list;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's own estimate of how many jobs a filter matches: the row estimate of the
 * plan of {@code SELECT 1 FROM jobs j WHERE …}, a planning step without reading a row.
 * <p>
 * Only filters on one of status, priority or assignee (besides the company and deleted)
 * are estimated: their columns have few values, each kept with its frequency in the
 * table's statistics, so the estimate should be within a few percent of the truth
 * (JobListBenchmark prints its error against an exact count for each such case). Text
 * search, dates, customers, locations and combinations of columns are guessed by the
 * planner from rough selectivities and can be off by a factor; for those the list counts,
 * and says "at least" when it stops. Statistics follow the table: V17 has autoanalyze run
 * after a few thousand changed jobs.
 * <p>
 * Live jobs filtered that way take their exact total from the kept counts first
 * (JobListKeptCount), so the list's total is estimated only with deleted jobs shown. A
 * search's estimate also decides whether its matches are few enough to be counted with
 * the page (JobListQuery.FEW_EXPECTED).
 */
@Component
public class JobListEstimate {

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\"\\s*:\\s*([0-9.eE+]+)");

	private final JdbcClient jdbc;

	public JobListEstimate(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the planner's estimate of this filter can stand for its total. */
	public static boolean trustworthy(JobListScope scope, JobFilter filter) {
		if (filter.search() != null || filter.customer() != null || filter.location() != null
				|| filter.scheduledFrom() != null || filter.scheduledTo() != null || filter.created() != null
				|| filter.completed() != null) {
			return false;
		}
		int columns = (filter.statuses().isEmpty() ? 0 : 1) + (filter.priority() == null ? 0 : 1)
				+ (filter.assignee() != null || filter.unassigned() || scope.onlyAssignee() != null ? 1 : 0);
		return columns <= 1;
	}

	/** The planner's row estimate of a query. */
	public long rows(String sql, Map<String, Object> params) {
		String plan = jdbc.sql("EXPLAIN (FORMAT JSON) " + sql).params(params).query(String.class).single();
		Matcher rows = PLAN_ROWS.matcher(plan);
		return rows.find() ? Math.round(Double.parseDouble(rows.group(1))) : 0;
	}

}
