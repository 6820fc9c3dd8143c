package com.crewdesk.patch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a patch was refused: field → messages, in the order found. {@link #forbidden()} is
 * true when the refusal is a permission matter (HTTP 403) rather than bad input (HTTP
 * 400).
 */
public final class Violations {

	private final Map<String, List<String>> byField;

	private final boolean forbidden;

	private Violations(Map<String, List<String>> byField, boolean forbidden) {
		this.byField = byField;
		this.forbidden = forbidden;
	}

	public static Violations of(String field, String message) {
		return builder().add(field, message).build();
	}

	public static Violations forbidden(String field, String message) {
		return builder().addForbidden(field, message).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Map<String, List<String>> byField() {
		return byField;
	}

	public boolean forbidden() {
		return forbidden;
	}

	public boolean isEmpty() {
		return byField.isEmpty();
	}

	public List<String> messagesFor(String field) {
		return byField.getOrDefault(field, List.of());
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Violations other && forbidden == other.forbidden && byField.equals(other.byField);
	}

	@Override
	public int hashCode() {
		return byField.hashCode() * 31 + Boolean.hashCode(forbidden);
	}

	@Override
	public String toString() {
		return (forbidden ? "Forbidden" : "Invalid") + byField;
	}

	/** Collects violations; once any forbidden one is added the result is forbidden. */
	public static final class Builder {

		private final Map<String, List<String>> byField = new LinkedHashMap<>();

		private boolean forbidden;

		private Builder() {
		}

		public Builder add(String field, String message) {
			List<String> messages = byField.computeIfAbsent(field, f -> new ArrayList<>());
			if (!messages.contains(message)) {
				messages.add(message);
			}
			return this;
		}

		public Builder addForbidden(String field, String message) {
			forbidden = true;
			return add(field, message);
		}

		/**
		 * Adds every violation of {@code other}, its field names prefixed ("customer." +
		 * field).
		 */
		public Builder addAll(String prefix, Violations other) {
			other.byField.forEach((field, messages) -> messages.forEach(m -> add(prefix + field, m)));
			forbidden |= other.forbidden;
			return this;
		}

		public boolean isEmpty() {
			return byField.isEmpty();
		}

		public boolean has(String field) {
			return byField.containsKey(field);
		}

		public Violations build() {
			Map<String, List<String>> copy = new LinkedHashMap<>();
			byField.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
			return new Violations(Collections.unmodifiableMap(copy), forbidden);
		}

	}

}
