package com.crewdesk.patch;

import java.util.Arrays;
import java.util.Optional;

/** Kind of work. The database and the API store the one-letter code ("r"). */
public enum JobType {

	RESIDENTIAL("r", "Residential"), COMMERCIAL("c", "Commercial"), DESIGNER("d", "Designer"),
	MAINTENANCE("m", "Maintenance/Repair");

	private final String code;

	private final String label;

	JobType(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	/** Accepts the code, case-insensitively ("r", "C"). */
	public static Optional<JobType> fromCode(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.trim();
		return Arrays.stream(values()).filter(t -> t.code.equalsIgnoreCase(wanted)).findFirst();
	}

}
