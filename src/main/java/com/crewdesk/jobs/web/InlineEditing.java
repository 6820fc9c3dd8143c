package com.crewdesk.jobs.web;

import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.staff.Role;

/**
 * Which controls a row offers this user. Only a convenience for the screen: the job service enforces the
 * real rules (P13, P14) on every write and refuses anything else with 403, whatever the browser sends.
 */
public record InlineEditing(boolean status, boolean priority, boolean assignee, boolean scheduled,
		boolean deleteAndRestore) {

	static InlineEditing of(CrewdeskUser user, boolean workersEditJob) {
		if (user.canManageJobs()) {
			return new InlineEditing(true, true, true, true, true);
		}
		if (user.hasRole(Role.TECHNICIAN)) {
			return new InlineEditing(true, false, false, workersEditJob, false);
		}
		return new InlineEditing(false, false, false, false, false);
	}

	/** Rows can be ticked for a batch edit: the same roles that delete and restore (ADMIN, DISPATCHER). */
	public boolean select() {
		return deleteAndRestore;
	}

	public boolean can(String cell) {
		return switch (cell) {
			case "status" -> status;
			case "priority" -> priority;
			case "assignee" -> assignee;
			case "scheduled" -> scheduled;
			default -> false;
		};
	}
}
