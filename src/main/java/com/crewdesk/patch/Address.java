package com.crewdesk.patch;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A customer's billing address, replaced as a unit (P10). Latitude and longitude come as
 * a pair.
 */
public record Address(String street, String unit, String city, String state, String zip, String country,
		BigDecimal latitude, BigDecimal longitude) {

	@Override
	public boolean equals(Object o) {
		return o instanceof Address a && Objects.equals(street, a.street) && Objects.equals(unit, a.unit)
				&& Objects.equals(city, a.city) && Objects.equals(state, a.state) && Objects.equals(zip, a.zip)
				&& Objects.equals(country, a.country) && Objects.equals(plain(latitude), plain(a.latitude))
				&& Objects.equals(plain(longitude), plain(a.longitude));
	}

	@Override
	public int hashCode() {
		return Objects.hash(street, unit, city, state, zip, country, plain(latitude), plain(longitude));
	}

	private static BigDecimal plain(BigDecimal d) {
		return d == null ? null : d.stripTrailingZeros();
	}
}
