package com.crewdesk.jobs.list;

import com.crewdesk.patch.JobStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of the jobs list for a scope and a filter, with its named parameters.
 * Values are always bound, never spliced. The first condition is always the caller's
 * company.
 */
public final class JobListSql {

	/**
	 * The customer as the list shows it: "Company (First Last)" or "First Last" (a
	 * generated column, V6).
	 */
	public static final String CUSTOMER_NAME = "c.list_name";

	/**
	 * Low < Normal < High < Emergency; the same expression is indexed
	 * (jobs_list_priority_idx).
	 */
	public static final String PRIORITY_RANK = "(CASE j.priority WHEN 'Low' THEN 1 WHEN 'Normal' THEN 2 WHEN 'High' THEN 3 ELSE 4 END)";

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> params = new HashMap<>();

	private JobListSql() {
	}

	public static JobListSql where(JobListScope scope, JobFilter filter) {
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
		sql.days("j.created_at", "created", filter.created());
		sql.days("j.completed_at", "completed", filter.completed());
		JobSearch search = filter.search() == null ? null : JobSearch.of(filter.search());
		if (search != null) {
			sql.conditions.add(search.sql());
			sql.params.putAll(search.params());
		}
		return sql;
	}

	public String conditions() {
		return String.join("\n  AND ", conditions);
	}

	public Map<String, Object> params() {
		return params;
	}

	public JobListSql param(String name, Object value) {
		params.put(name, value);
		return this;
	}

	/** A timestamp column within whole days of the company's time zone. */
	private void days(String column, String name, JobFilter.Days days) {
		String zone = "(SELECT time_zone FROM companies WHERE id = :company)";
		if (days != null && days.from() != null) {
			add(column + " >= CAST(:" + name + "From AS timestamp) AT TIME ZONE " + zone, name + "From", days.from());
		}
		if (days != null && days.to() != null) {
			add(column + " < CAST(:" + name + "To AS timestamp) AT TIME ZONE " + zone, name + "To",
					days.to().plusDays(1));
		}
	}

	private void add(String condition, String name, Object value) {
		conditions.add(condition);
		params.put(name, value);
	}

}
