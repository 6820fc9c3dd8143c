package com.crewdesk.jobs.list;

import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Which jobs the list shows (SPEC §3). Null means "no restriction"; an empty status list
 * means every status.
 *
 * @param unassigned only jobs without an assignee (then {@code assignee} is null)
 * @param location one of the customer's service locations
 * @param search case-insensitive substring of title, description or job number
 * @param created days (in the company's time zone) the job was created on; null: any
 * @param completed days the job was completed on; null: any
 */
public record JobFilter(List<JobStatus> statuses, JobPriority priority, UUID assignee, boolean unassigned,
		UUID customer, UUID location, LocalDate scheduledFrom, LocalDate scheduledTo, String search,
		boolean includeDeleted, Days created, Days completed) {

	public static final JobFilter NONE = new JobFilter(List.of(), null, null, false, null, null, null, null, null,
			false, null, null);

	/**
	 * A range of days, both ends inclusive, in the company's time zone (the dashboard's
	 * weeks).
	 */
	public record Days(LocalDate from, LocalDate to) {
	}

	public JobFilter includingDeleted() {
		return new JobFilter(statuses, priority, assignee, unassigned, customer, location, scheduledFrom, scheduledTo,
				search, true, created, completed);
	}

	/**
	 * Whether this filter restricts live jobs by nothing but statuses, priority and
	 * assignee. Built by restating the filter with only those: a field added to the
	 * record must be named here, or this stops compiling.
	 */
	public boolean onStatusPriorityAndAssigneeOnly() {
		return equals(new JobFilter(statuses, priority, assignee, unassigned, null, null, null, null, null, false, null,
				null));
	}

	public boolean hasStatus(String label) {
		return statuses.stream().anyMatch(status -> status.label().equals(label));
	}
}
