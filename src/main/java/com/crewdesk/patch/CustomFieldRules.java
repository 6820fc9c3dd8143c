package com.crewdesk.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks custom field values against the company's definitions (P8). */
final class CustomFieldRules {

	static final int MAX_TEXT = 1000;

	private final Map<String, CustomFieldDefinition> byKey;

	CustomFieldRules(List<CustomFieldDefinition> definitions) {
		this.byKey = definitions.stream()
			.collect(Collectors.toMap(CustomFieldDefinition::key, Function.identity(), (a, b) -> a));
	}

	/**
	 * Returns the values normalised (SELECT options spelled as defined), or empty after
	 * adding violations under {@code field[key]}. {@code required} definitions are
	 * enforced on creation only. A value the record already holds is kept as it is, even
	 * when its field was retired or its option withdrawn since: the rules judge new
	 * values, and replacing the whole set (P8) to change one field must not fail on
	 * another.
	 */
	Optional<List<CustomFieldValue>> check(String field, List<CustomFieldValue> values, List<CustomFieldValue> stored,
			boolean creating, Violations.Builder v) {
		List<CustomFieldValue> checked = new ArrayList<>();
		boolean clean = true;
		for (CustomFieldValue value : values) {
			String key = field + "[" + value.key() + "]";
			if (stored.contains(value)) {
				checked.add(value);
				continue;
			}
			CustomFieldDefinition definition = byKey.get(value.key());
			Optional<String> val = definition == null ? unknown(key, v) : valueFor(definition, key, value.val(), v);
			clean &= val.isPresent();
			val.ifPresent(s -> checked.add(new CustomFieldValue(value.key(), s)));
		}
		if (creating) {
			for (CustomFieldDefinition definition : byKey.values()) {
				if (definition.required() && values.stream().noneMatch(x -> x.key().equals(definition.key()))) {
					v.add(field + "[" + definition.key() + "]", "is required");
					clean = false;
				}
			}
		}
		return clean ? Optional.of(List.copyOf(checked)) : Optional.empty();
	}

	private static Optional<String> unknown(String key, Violations.Builder v) {
		v.add(key, "is not a custom field of your company");
		return Optional.empty();
	}

	private static Optional<String> valueFor(CustomFieldDefinition definition, String key, String val,
			Violations.Builder v) {
		switch (definition.type()) {
			case NUMBER -> {
				if (RawValues.toDecimal(val).isEmpty()) {
					v.add(key, "must be a number");
					return Optional.empty();
				}
				return Optional.of(val);
			}
			case DATE -> {
				if (!val.matches("\\d{4}-\\d{2}-\\d{2}") || Formats.parseDate(val).isEmpty()) {
					v.add(key, "must be a date (YYYY-MM-DD)");
					return Optional.empty();
				}
				return Optional.of(val);
			}
			case SELECT -> {
				Optional<String> option = definition.options()
					.stream()
					.filter(o -> o.equalsIgnoreCase(val))
					.findFirst();
				if (option.isEmpty()) {
					v.add(key, "must be one of: " + String.join(", ", definition.options()));
				}
				return option;
			}
			default -> {
				if (val.length() > MAX_TEXT) {
					v.add(key, "must be at most " + MAX_TEXT + " characters");
					return Optional.empty();
				}
				return Optional.of(val);
			}
		}
	}

}
