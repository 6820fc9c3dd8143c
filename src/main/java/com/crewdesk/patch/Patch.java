package com.crewdesk.patch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered set of (field name → value) where each field is absent (no key), explicit
 * null or a JSON-like value (String, Boolean, Number, List, Map). Immutable.
 */
public final class Patch {

	private static final Patch EMPTY = new Patch(new LinkedHashMap<>());

	private final Map<String, Object> fields;

	private Patch(LinkedHashMap<String, Object> fields) {
		this.fields = Collections.unmodifiableMap(fields);
	}

	/** A Java null value in {@code raw} means explicit null. */
	public static Patch of(Map<String, ?> raw) {
		LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
		raw.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "field name"), frozen(value)));
		return new Patch(copy);
	}

	public static Patch empty() {
		return EMPTY;
	}

	public static Builder builder() {
		return new Builder();
	}

	public boolean isEmpty() {
		return fields.isEmpty();
	}

	public Set<String> fieldNames() {
		return fields.keySet();
	}

	public boolean isPresent(String name) {
		return fields.containsKey(name);
	}

	/** True when the field is present with an explicit null. */
	public boolean isNull(String name) {
		return fields.containsKey(name) && fields.get(name) == null;
	}

	/**
	 * The raw value; null both when absent and when explicitly null (see
	 * {@link #isPresent}).
	 */
	public Object raw(String name) {
		return fields.get(name);
	}

	/** The fields as an unmodifiable ordered map (null values are explicit nulls). */
	public Map<String, Object> asMap() {
		return fields;
	}

	public Patch without(String... names) {
		LinkedHashMap<String, Object> copy = new LinkedHashMap<>(fields);
		Arrays.asList(names).forEach(copy::remove);
		return new Patch(copy);
	}

	private static Object frozen(Object value) {
		if (value instanceof Map<?, ?> map) {
			LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(String.valueOf(k), frozen(v)));
			return Collections.unmodifiableMap(copy);
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach(v -> copy.add(frozen(v)));
			return Collections.unmodifiableList(copy);
		}
		return value;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Patch other && fields.equals(other.fields);
	}

	@Override
	public int hashCode() {
		return fields.hashCode();
	}

	@Override
	public String toString() {
		return "Patch" + fields;
	}

	public static final class Builder {

		private final LinkedHashMap<String, Object> fields = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder set(String name, Object value) {
			fields.put(name, value);
			return this;
		}

		public Builder setNull(String name) {
			fields.put(name, null);
			return this;
		}

		public Patch build() {
			return Patch.of(fields);
		}

	}

}
