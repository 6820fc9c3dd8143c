package com.crewdesk.jobs.web;

import java.util.List;

/**
 * The batch panel as posted: the selection (ticked ids, or "all matching" plus the list's query string) and
 * what to set. Every field is text so binding never fails; {@link BatchPatches} turns it into patches.
 */
public record BatchEditForm(List<String> ids, String all, String filter, String assignTo, String unassign, String status,
		String priority, String scheduledDate, String shiftDays, String customFieldKey, String customFieldValue,
		String notifyTechnicians, String validOnly) {

	public boolean allMatching() {
		return "true".equals(all);
	}

	/**
	 * The panel posts a hidden "false" before the checkbox's "true", so a ticked box arrives as "false,true";
	 * no value at all (the panel just opened) means the default: notify.
	 */
	public boolean notifying() {
		return notifyTechnicians == null || notifyTechnicians.contains("true");
	}

	public boolean onlyValidJobs() {
		return "true".equals(validOnly);
	}

	static String text(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
