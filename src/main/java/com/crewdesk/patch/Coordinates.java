package com.crewdesk.patch;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A point on Earth; equal when the numbers are equal regardless of scale (1.5 = 1.50).
 */
public record Coordinates(BigDecimal lat, BigDecimal lng) {

	public Coordinates {
		Objects.requireNonNull(lat, "lat");
		Objects.requireNonNull(lng, "lng");
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Coordinates other && lat.compareTo(other.lat) == 0 && lng.compareTo(other.lng) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(lat.stripTrailingZeros(), lng.stripTrailingZeros());
	}
}
