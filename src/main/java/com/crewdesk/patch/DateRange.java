package com.crewdesk.patch;

import java.time.LocalDate;

/**
 * The dates Crewdesk accepts anywhere, in a field or a filter: years 1900–2200, far wider
 * than any job needs and well inside PostgreSQL's range (P5, P18).
 */
public final class DateRange {

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

	public static final String MESSAGE = "must be between 1900-01-01 and 2200-12-31";

	private DateRange() {
	}

	public static boolean contains(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

}
