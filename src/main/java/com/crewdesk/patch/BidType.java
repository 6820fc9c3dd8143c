package com.crewdesk.patch;

import java.util.Arrays;
import java.util.Optional;

/** How the job is paid for. The database and the API store the one-letter code ("i"). */
public enum BidType {

	CASH("c", "Cash"), INSURANCE("i", "Insurance"), REPAIR("r", "Repair"), FINANCE("f", "Finance");

	private final String code;

	private final String label;

	BidType(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	/** Accepts the code, case-insensitively ("i", "F"). */
	public static Optional<BidType> fromCode(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.trim();
		return Arrays.stream(values()).filter(t -> t.code.equalsIgnoreCase(wanted)).findFirst();
	}

}
