package com.crewdesk.web;

import com.crewdesk.company.CompanySettingsService;
import com.crewdesk.security.CrewdeskUser;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting helpers for templates, used as {@code ${@fmt.dateTime(instant)}}. Times are
 * shown in the logged-in person's company time zone (looked up once per request), in UTC
 * otherwise; the JSON API never uses this.
 */
@Component("fmt")
public class DisplayFormats {

	private static final ZoneId UTC = ZoneId.of("UTC");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

	/**
	 * Not thread-safe, so each call formats with a copy (cheap next to building a format
	 * per call).
	 */
	private static final DecimalFormat AMOUNT = new DecimalFormat("#,##0.00",
			DecimalFormatSymbols.getInstance(Locale.US));

	private final CompanySettingsService companies;

	/** Always UTC (unit tests). */
	public DisplayFormats() {
		this(null);
	}

	@Autowired
	public DisplayFormats(CompanySettingsService companies) {
		this.companies = companies;
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
	}

	/** A form value ("18442.5") as "18,442.50"; a dash for none. */
	public String amountOrDash(String formValue) {
		return formValue == null || formValue.isBlank() ? "—" : amount(new BigDecimal(formValue));
	}

	/** "18,442.38"; empty for no amount. */
	public String amount(BigDecimal amount) {
		return amount == null ? "" : ((DecimalFormat) AMOUNT.clone()).format(amount);
	}

	/**
	 * The zone dates are shown in: the logged-in person's company's (its row is read once
	 * per request: CompanySettingsStore), UTC when nobody is logged in.
	 */
	public ZoneId zone() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (companies == null || auth == null || !(auth.getPrincipal() instanceof CrewdeskUser user)) {
			return UTC;
		}
		return companies.zone(user.companyId());
	}

}
