package com.crewdesk.jobs.batch;

import java.util.List;

/**
 * The batch panel as posted: the selection (ticked ids, or "all matching" plus the list's
 * query string) and what to set. Every field is text so binding never fails;
 * {@link BatchPatches} turns it into patches.
 */
public record BatchEditForm(List<String> ids, String all, String filter, String assignTo, String unassign,
		String status, String priority, String scheduledDate, String shiftDays, String customFieldKey,
		String customFieldValue, String notifyTechnicians, String validOnly, String preview) {

	public boolean allMatching() {
		return "true".equals(all);
	}

	/**
	 * The panel posts a hidden "false" before the checkbox's "true", so a ticked box
	 * arrives as "false,true"; no value at all (the panel just opened) means the default:
	 * notify.
	 */
	public boolean notifying() {
		return notifyTechnicians == null || notifyTechnicians.contains("true");
	}

	/** The preview the person saw, whose versions the apply is judged against, if any. */
	public java.util.Optional<java.util.UUID> previewId() {
		try {
			return text(preview) == null ? java.util.Optional.empty()
					: java.util.Optional.of(java.util.UUID.fromString(preview.trim()));
		}
		catch (IllegalArgumentException notAnId) {
			return java.util.Optional.empty();
		}
	}

	public boolean onlyValidJobs() {
		return "true".equals(validOnly);
	}

	static String text(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
