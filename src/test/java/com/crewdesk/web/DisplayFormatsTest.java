package com.crewdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DisplayFormatsTest {

	private final DisplayFormats fmt = new DisplayFormats();

	@Test
	void amountsHaveThousandsSeparatorsAndTwoDecimals() {
		assertThat(fmt.amount(new BigDecimal("18442.38"))).isEqualTo("18,442.38");
		assertThat(fmt.amount(new BigDecimal("1234567"))).isEqualTo("1,234,567.00");
		assertThat(fmt.amount(new BigDecimal("0.5"))).isEqualTo("0.50");
		assertThat(fmt.amount(null)).isEmpty();
	}

	@Test
	void timesAreShownInUtc() {
		assertThat(fmt.dateTime(Instant.parse("2026-11-24T09:05:59Z"))).isEqualTo("2026-11-24 09:05 UTC");
	}

}
