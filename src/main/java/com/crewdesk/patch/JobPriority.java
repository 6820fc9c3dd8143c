package com.crewdesk.patch;

import java.util.Arrays;
import java.util.Optional;

/** How urgent a job is. The database and the API store the label ("High"). */
public enum JobPriority {

	LOW("Low"), NORMAL("Normal"), HIGH("High"), EMERGENCY("Emergency");

	private final String label;

	JobPriority(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Accepts the label or the enum name, case-insensitively. */
	public static Optional<JobPriority> fromLabel(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.trim();
		return Arrays.stream(values())
			.filter(p -> p.label.equalsIgnoreCase(wanted) || p.name().equalsIgnoreCase(wanted))
			.findFirst();
	}

}
