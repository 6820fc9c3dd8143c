package com.crewdesk.jobs.list;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How many jobs a list matches, and how sure that number is (issue 11, "Totals that tell
 * the truth"):
 * <ul>
 * <li>{@link Kind#EXACT}: counted (up to {@link #CAP}), or known from the last page;</li>
 * <li>{@link Kind#ABOUT}: more than the cap, taken from PostgreSQL's own estimate for a
 * filter whose estimate is trustworthy (JobListEstimate); within 5 % of the truth, shown
 * as "about 196,000";</li>
 * <li>{@link Kind#AT_LEAST}: a lower bound, when counting stopped at the cap or ran out
 * of time and no trustworthy estimate exists; shown as "10,000+".</li>
 * </ul>
 * A number below the truth is never shown without its "+".
 */
public record JobCount(long value, Kind kind) {

	/** Up to this many matches a total is counted, so it is exact. */
	public static final int CAP = 10_000;

	public enum Kind {

		EXACT, ABOUT, AT_LEAST

	}

	/** {@code capped}: a lower bound rather than an exact count. */
	public JobCount(long value, boolean capped) {
		this(value, capped ? Kind.AT_LEAST : Kind.EXACT);
	}

	/** Counting stopped early (its time ran out) after this many matches. */
	public static JobCount atLeast(long value) {
		return new JobCount(value, Kind.AT_LEAST);
	}

	/**
	 * A total known without counting, e.g. from the last page: exact even past the cap.
	 */
	public static JobCount exact(long value) {
		return new JobCount(value, Kind.EXACT);
	}

	/** PostgreSQL's estimate of a large total. */
	public static JobCount about(long value) {
		return new JobCount(value, Kind.ABOUT);
	}

	public static JobCount ofCounted(long countedWithCapPlusOne) {
		return ofCounted(countedWithCapPlusOne, CAP);
	}

	/** The same for a list with a cap of its own (the customers list). */
	public static JobCount ofCounted(long countedWithCapPlusOne, int cap) {
		return countedWithCapPlusOne > cap ? atLeast(cap) : exact(countedWithCapPlusOne);
	}

	/**
	 * A lower bound is never below the matches already seen: a count whose time ran out
	 * before they arrived says "at least" those.
	 */
	public JobCount noFewerThan(long seen) {
		return kind == Kind.AT_LEAST && value < seen ? atLeast(seen) : this;
	}

	/**
	 * Not exact: an estimate or a lower bound (the API's {@code total_is_exact} false).
	 */
	public boolean capped() {
		return kind != Kind.EXACT;
	}

	public boolean isExact() {
		return kind == Kind.EXACT;
	}

	/** "4,845", "about 196,000" (three significant digits), "10,000+". */
	public String display() {
		NumberFormat format = NumberFormat.getIntegerInstance(Locale.US);
		return switch (kind) {
			case EXACT -> format.format(value);
			case AT_LEAST -> format.format(value) + "+";
			case ABOUT -> "about " + format.format(rounded(value));
		};
	}

	/** Null unless exact: the last page is not known then. */
	public Integer pages(int size) {
		return isExact() ? (int) Math.max(1, (value + size - 1) / size) : null;
	}

	private static long rounded(long value) {
		long unit = 1;
		while (value / unit >= 1_000) {
			unit *= 10;
		}
		return Math.round((double) value / unit) * unit;
	}
}
