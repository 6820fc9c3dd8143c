package com.crewdesk.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Formatting helpers for templates, used as {@code ${@fmt.dateTime(instant)}}. Times are shown in UTC. */
@Component("fmt")
public class DisplayFormats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** Not thread-safe, so each call formats with a copy (cheap next to building a format per call). */
	private static final DecimalFormat AMOUNT = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	/** "18,442.38"; empty for no amount. */
	public String amount(BigDecimal amount) {
		return amount == null ? "" : ((DecimalFormat) AMOUNT.clone()).format(amount);
	}
}
