package com.crewdesk.jobs.web;

import com.crewdesk.jobs.JobStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of the jobs list for a scope and a filter, with its named parameters. Values are always
 * bound, never spliced. The first condition is always the caller's company.
 */
final class JobListSql {

	/** The customer as the list shows it: "Company (First Last)" or "First Last" (a generated column, V6). */
	static final String CUSTOMER_NAME = "c.list_name";

	/** Low < Normal < High < Emergency; the same expression is indexed (jobs_list_priority_idx). */
	static final String PRIORITY_RANK = "(CASE j.priority WHEN 'Low' THEN 1 WHEN 'Normal' THEN 2 WHEN 'High' THEN 3 ELSE 4 END)";

	/** The text searched; the same expression carries the trigram index (jobs_list_search_idx). */
	static final String SEARCH_TEXT = "lower(j.title || ' ' || coalesce(j.description, '') || ' ' || j.job_number)";

	private final List<String> conditions = new ArrayList<>();
	private final Map<String, Object> params = new HashMap<>();

	private JobListSql() {
	}

	static JobListSql where(JobListScope scope, JobFilter filter) {
		JobListSql sql = new JobListSql();
		sql.add("j.company_id = :company", "company", scope.companyId());
		if (scope.onlyAssignee() != null) {
			sql.add("j.assigned_to_user_id = :me", "me", scope.onlyAssignee());
		}
		if (!filter.includeDeleted()) {
			sql.conditions.add("j.deleted_at IS NULL");
		}
		if (!filter.statuses().isEmpty()) {
			sql.add("j.status IN (:statuses)", "statuses", filter.statuses().stream().map(JobStatus::label).toList());
		}
		if (filter.priority() != null) {
			sql.add("j.priority = :priority", "priority", filter.priority().label());
		}
		if (filter.unassigned()) {
			sql.conditions.add("j.assigned_to_user_id IS NULL");
		}
		if (filter.assignee() != null) {
			sql.add("j.assigned_to_user_id = :assignee", "assignee", filter.assignee());
		}
		if (filter.customer() != null) {
			sql.add("j.customer_id = :customer", "customer", filter.customer());
		}
		if (filter.location() != null) {
			sql.add("j.location_id = :location", "location", filter.location());
		}
		if (filter.scheduledFrom() != null) {
			sql.add("j.scheduled_date >= :from", "from", filter.scheduledFrom());
		}
		if (filter.scheduledTo() != null) {
			sql.add("j.scheduled_date <= :to", "to", filter.scheduledTo());
		}
		if (filter.search() != null) {
			sql.add(SEARCH_TEXT + " LIKE :search", "search", containing(filter.search()));
		}
		return sql;
	}

	String conditions() {
		return String.join("\n  AND ", conditions);
	}

	Map<String, Object> params() {
		return params;
	}

	JobListSql param(String name, Object value) {
		params.put(name, value);
		return this;
	}

	/** A LIKE pattern matching the text anywhere, with LIKE's own wildcards taken literally. */
	static String containing(String text) {
		String escaped = text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private void add(String condition, String name, Object value) {
		conditions.add(condition);
		params.put(name, value);
	}
}
