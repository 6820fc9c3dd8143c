package com.crewdesk.patch;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code coordinates} {lat, lng}: replaced and validated as a unit (P10). */
final class CoordinatesFormat implements ValueFormat {

	@Override
	public Optional<Object> read(String key, Object raw, Violations.Builder v) {
		Optional<Map<String, Object>> object = RawValues.object(key, raw, v);
		if (object.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> map = object.get();
		boolean clean = RawValues.onlyKnownKeys(key, map, List.of("lat", "lng"), v);
		Optional<BigDecimal> lat = part(key + ".lat", map.get("lat"), 90, v);
		Optional<BigDecimal> lng = part(key + ".lng", map.get("lng"), 180, v);
		if (!clean || lat.isEmpty() || lng.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Coordinates(lat.get(), lng.get()));
	}

	private static Optional<BigDecimal> part(String key, Object raw, int limit, Violations.Builder v) {
		if (raw == null) {
			v.add(key, "must not be null");
			return Optional.empty();
		}
		return Formats.decimalBetween(key, raw, -limit, limit, v);
	}

	@Override
	public Object toRaw(Object typed) {
		if (typed == null) {
			return null;
		}
		Coordinates c = (Coordinates) typed;
		Map<String, Object> raw = new LinkedHashMap<>();
		raw.put("lat", c.lat());
		raw.put("lng", c.lng());
		return raw;
	}

}
