package com.crewdesk.patch;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code address} {street, unit, city, state, zip, country, latitude, longitude}:
 * replaced and validated as a unit (P10). Keys left out become null; street is required;
 * state is 2 letters, country an ISO-3166 alpha-2 code (both stored upper case); latitude
 * and longitude are given together or not at all.
 */
final class AddressFormat implements ValueFormat {

	private static final List<String> KEYS = List.of("street", "unit", "city", "state", "zip", "country", "latitude",
			"longitude");

	private static final Map<String, ValueFormat> TEXT = Map.of("street", Formats.text(1, 200), "unit",
			Formats.text(100), "city", Formats.text(100), "state", Formats.usState(), "zip", Formats.zip(), "country",
			Formats.country());

	@Override
	public Optional<Object> read(String key, Object raw, Violations.Builder v) {
		Optional<Map<String, Object>> object = RawValues.object(key, raw, v);
		if (object.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> map = object.get();
		boolean clean = RawValues.onlyKnownKeys(key, map, KEYS, v);
		Map<String, String> text = new LinkedHashMap<>();
		for (String part : KEYS.subList(0, 6)) {
			Optional<String> value = readText(key + "." + part, map.get(part), TEXT.get(part), v);
			if (value.isEmpty()) {
				clean = false;
			}
			else {
				text.put(part, value.get().isEmpty() ? null : value.get());
			}
		}
		if (text.get("street") == null && !v.has(key + ".street")) {
			v.add(key + ".street", "must not be blank");
			clean = false;
		}
		Optional<BigDecimal> lat = coordinate(key + ".latitude", map.get("latitude"), 90, v);
		Optional<BigDecimal> lng = coordinate(key + ".longitude", map.get("longitude"), 180, v);
		if (lat == null || lng == null) {
			return Optional.empty();
		}
		if (lat.isPresent() != lng.isPresent()) {
			v.add(key + (lat.isPresent() ? ".longitude" : ".latitude"),
					"must be given together with " + (lat.isPresent() ? "latitude" : "longitude"));
			return Optional.empty();
		}
		return clean ? Optional.of(new Address(text.get("street"), text.get("unit"), text.get("city"),
				text.get("state"), text.get("zip"), text.get("country"), lat.orElse(null), lng.orElse(null)))
				: Optional.empty();
	}

	/** Empty string when not given; empty Optional on a violation. */
	private static Optional<String> readText(String key, Object raw, ValueFormat format, Violations.Builder v) {
		if (raw == null || raw instanceof String s && s.isBlank() && format.blankMeansNull()) {
			return Optional.of("");
		}
		return format.read(key, raw, v).map(String.class::cast);
	}

	/** Optional.empty() when not given; null on a violation. */
	private static Optional<BigDecimal> coordinate(String key, Object raw, int limit, Violations.Builder v) {
		if (raw == null || raw instanceof String s && s.isBlank()) {
			return Optional.empty();
		}
		Optional<BigDecimal> value = Formats.decimalBetween(key, raw, -limit, limit, v);
		return value.isPresent() ? value : null;
	}

	@Override
	public Object toRaw(Object typed) {
		if (typed == null) {
			return null;
		}
		Address a = (Address) typed;
		Map<String, Object> raw = new LinkedHashMap<>();
		raw.put("street", a.street());
		raw.put("unit", a.unit());
		raw.put("city", a.city());
		raw.put("state", a.state());
		raw.put("zip", a.zip());
		raw.put("country", a.country());
		raw.put("latitude", a.latitude());
		raw.put("longitude", a.longitude());
		return raw;
	}

}
