package com.crewdesk.patch;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reading JSON-like raw values (String, Boolean, Number, List, Map) into Java types,
 * reporting a short message under the given key instead of throwing. Strings from HTML
 * forms are accepted where a number or boolean belongs ("12.50", "true").
 */
final class RawValues {

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	/**
	 * PostgreSQL cannot store U+0000 in text or jsonb, so no string of a patch may hold
	 * it (P18).
	 */
	static final String NUL_MESSAGE = "must not contain a NUL character";

	private RawValues() {
	}

	static Optional<String> string(String key, Object raw, Violations.Builder v) {
		if (raw instanceof String s && s.indexOf('\0') >= 0) {
			v.add(key, NUL_MESSAGE);
			return Optional.empty();
		}
		if (raw instanceof String s) {
			return Optional.of(s);
		}
		v.add(key, "must be a string");
		return Optional.empty();
	}

	static Optional<Boolean> bool(String key, Object raw, Violations.Builder v) {
		if (raw instanceof Boolean b) {
			return Optional.of(b);
		}
		if (raw instanceof String s && (s.trim().equalsIgnoreCase("true") || s.trim().equalsIgnoreCase("false"))) {
			return Optional.of(Boolean.parseBoolean(s.trim()));
		}
		v.add(key, "must be true or false");
		return Optional.empty();
	}

	static Optional<BigDecimal> decimal(String key, Object raw, Violations.Builder v) {
		Optional<BigDecimal> number = toDecimal(raw);
		if (number.isEmpty()) {
			v.add(key, "must be a number");
		}
		return number;
	}

	static Optional<BigDecimal> toDecimal(Object raw) {
		try {
			if (raw instanceof BigDecimal d) {
				return Optional.of(d);
			}
			if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
				return Optional.of(BigDecimal.valueOf(((Number) raw).longValue()));
			}
			if (raw instanceof BigInteger i) {
				return Optional.of(new BigDecimal(i));
			}
			if (raw instanceof Double || raw instanceof Float) {
				double d = ((Number) raw).doubleValue();
				return Double.isFinite(d) ? Optional.of(new BigDecimal(Double.toString(d))) : Optional.empty();
			}
			if (raw instanceof String s && !s.isBlank() && s.trim().length() <= 40) {
				return Optional.of(new BigDecimal(s.trim()));
			}
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	static Optional<UUID> uuid(String key, Object raw, Violations.Builder v) {
		Optional<UUID> id = toUuid(raw);
		if (id.isEmpty()) {
			v.add(key, "must be a UUID");
		}
		return id;
	}

	static Optional<UUID> toUuid(Object raw) {
		if (raw instanceof UUID id) {
			return Optional.of(id);
		}
		if (raw instanceof String s && UUID_TEXT.matcher(s.trim()).matches()) {
			return Optional.of(UUID.fromString(s.trim()));
		}
		return Optional.empty();
	}

	@SuppressWarnings("unchecked")
	static Optional<Map<String, Object>> object(String key, Object raw, Violations.Builder v) {
		if (raw instanceof Map<?, ?> map) {
			return Optional.of((Map<String, Object>) map);
		}
		v.add(key, "must be an object");
		return Optional.empty();
	}

	@SuppressWarnings("unchecked")
	static Optional<List<Object>> list(String key, Object raw, Violations.Builder v) {
		if (raw instanceof List<?> list) {
			return Optional.of((List<Object>) list);
		}
		v.add(key, "must be a list");
		return Optional.empty();
	}

	/**
	 * True when a string anywhere in {@code raw} (map keys included) holds a NUL
	 * character.
	 */
	static boolean containsNul(Object raw) {
		if (raw instanceof String s) {
			return s.indexOf('\0') >= 0;
		}
		if (raw instanceof Map<?, ?> map) {
			return map.entrySet().stream().anyMatch(e -> containsNul(e.getKey()) || containsNul(e.getValue()));
		}
		if (raw instanceof List<?> list) {
			return list.stream().anyMatch(RawValues::containsNul);
		}
		return false;
	}

	/**
	 * Reports every field of {@code patch} whose name or value holds a NUL character;
	 * true when there was one. The engines check this first, so such a value never
	 * reaches a lookup or the database.
	 */
	static boolean rejectNul(Patch patch, Violations.Builder v) {
		boolean found = false;
		for (String name : patch.fieldNames()) {
			if (containsNul(name) || containsNul(patch.raw(name))) {
				v.add(name.replace("\0", "\\u0000"), NUL_MESSAGE);
				found = true;
			}
		}
		return found;
	}

	/**
	 * Reports every key of {@code object} that is not in {@code known} as "is not a known
	 * field".
	 */
	static boolean onlyKnownKeys(String key, Map<String, Object> object, List<String> known, Violations.Builder v) {
		boolean clean = true;
		for (String name : object.keySet()) {
			if (!known.contains(name)) {
				v.add(key + "." + name, "is not a known field");
				clean = false;
			}
		}
		return clean;
	}

}
