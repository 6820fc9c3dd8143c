package com.crewdesk.patch;

import java.util.Arrays;
import java.util.Optional;

/** Residential or commercial customer (seed 003). */
public enum CustomerType {

	RESIDENTIAL("Residential"), COMMERCIAL("Commercial");

	private final String label;

	CustomerType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<CustomerType> fromLabel(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.trim();
		return Arrays.stream(values())
			.filter(t -> t.label.equalsIgnoreCase(wanted) || t.name().equalsIgnoreCase(wanted))
			.findFirst();
	}

}
