package com.crewdesk.jobs.web;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How many jobs match, counted only up to a cap: an exact count over a million rows would cost more than the
 * page itself, and "10,000+" tells a person as much as "734,211".
 */
public record JobCount(long value, boolean capped) {

	static final int CAP = 10_000;

	static JobCount ofCounted(long countedWithCapPlusOne) {
		return countedWithCapPlusOne > CAP ? new JobCount(CAP, true) : new JobCount(countedWithCapPlusOne, false);
	}

	public String display() {
		return NumberFormat.getIntegerInstance(Locale.US).format(value) + (capped ? "+" : "");
	}

	/** Null when capped: the last page is not known then. */
	public Integer pages(int size) {
		return capped ? null : (int) Math.max(1, (value + size - 1) / size);
	}
}
