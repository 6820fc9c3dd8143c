package com.crewdesk.patch;

import java.util.Arrays;
import java.util.Optional;

/** The stage a job is in. The database and the API store the label ("In Progress"). */
public enum JobStatus {

	NEW("New"), CONTACTED("Contacted"), SCHEDULED("Scheduled"), IN_PROGRESS("In Progress"),
	NEEDS_APPROVAL("Needs Approval"), READY_TO_INVOICE("Ready to Invoice"), INVOICED("Invoiced"), COMPLETE("Complete"),
	ESTIMATE_SENT("Estimate Sent"), ESTIMATE_APPROVED("Estimate Approved");

	private final String label;

	JobStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * Accepts the label or the enum name, case-insensitively ("in progress",
	 * "IN_PROGRESS").
	 */
	public static Optional<JobStatus> fromLabel(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.trim();
		return Arrays.stream(values())
			.filter(s -> s.label.equalsIgnoreCase(wanted) || s.name().equalsIgnoreCase(wanted))
			.findFirst();
	}

}
