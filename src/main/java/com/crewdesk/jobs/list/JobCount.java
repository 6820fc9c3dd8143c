package com.crewdesk.jobs.list;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How many jobs match, counted only up to a cap: an exact count over a million rows would
 * cost more than the page itself, and "1,000+" tells a person as much as "734,211". The
 * cap is 1,000 rather than 10,000 because counting stops only after reading that many
 * matches: for a filter matching one job in ten (a search term, status + assignee) that
 * is ~10,000 rows read at this cap and ~100,000 (130–200 ms) at the bigger one.
 * {@code capped} means the value is a lower bound: the cap was reached, or counting ran
 * out of time (JobListCount).
 */
public record JobCount(long value, boolean capped) {

	public static final int CAP = 1_000;

	/** Counting stopped early (its time ran out) after this many matches. */
	public static JobCount atLeast(long value) {
		return new JobCount(value, true);
	}

	/**
	 * A total known without counting, e.g. from the last page: exact even past the cap.
	 */
	public static JobCount exact(long value) {
		return new JobCount(value, false);
	}

	public static JobCount ofCounted(long countedWithCapPlusOne) {
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
