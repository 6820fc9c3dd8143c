package com.crewdesk.jobs.row;

import com.crewdesk.patch.FieldAccess;

/**
 * Which controls a row offers this user. Only a convenience for the screen: the job
 * service enforces the real rules (P13, P14) on every write and refuses anything else
 * with 403, whatever the browser sends.
 */
public record InlineEditing(boolean status, boolean priority, boolean assignee, boolean scheduled,
		boolean deleteAndRestore) {

	public static InlineEditing of(FieldAccess fields, boolean managesJobs) {
		return new InlineEditing(fields.allows("status"), fields.allows("priority"),
				fields.allows("assigned_to_user_id"), fields.allows("scheduled_date"), managesJobs);
	}

	/**
	 * Rows can be ticked for a batch edit: the same roles that delete and restore (ADMIN,
	 * DISPATCHER).
	 */
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
