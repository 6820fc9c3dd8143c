package com.crewdesk.patch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code custom_fields}: a list of {key, val} that replaces the whole set (P8). Reading
 * checks the shape only; {@link CustomFieldRules} checks the keys and values against the
 * company's definitions. An item with an empty val is left out (a form's empty input).
 */
final class CustomFieldsFormat implements ValueFormat {

	@Override
	public Optional<Object> read(String key, Object raw, Violations.Builder v) {
		Optional<List<Object>> items = RawValues.list(key, raw, v);
		if (items.isEmpty()) {
			return Optional.empty();
		}
		List<CustomFieldValue> values = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		boolean clean = true;
		for (int i = 0; i < items.get().size(); i++) {
			Optional<CustomFieldValue> value = item(key + "[" + i + "]", items.get().get(i), v);
			if (value.isEmpty()) {
				clean = false;
			}
			else if (!seen.add(value.get().key())) {
				v.add(key + "[" + value.get().key() + "]", "appears more than once");
				clean = false;
			}
			else if (!value.get().val().isEmpty()) {
				values.add(value.get());
			}
		}
		return clean ? Optional.of(List.copyOf(values)) : Optional.empty();
	}

	private static Optional<CustomFieldValue> item(String key, Object raw, Violations.Builder v) {
		Optional<Map<String, Object>> object = RawValues.object(key, raw, v);
		if (object.isEmpty() || !RawValues.onlyKnownKeys(key, object.get(), List.of("key", "val"), v)) {
			return Optional.empty();
		}
		Object name = object.get().get("key");
		if (!(name instanceof String s) || s.isBlank()) {
			v.add(key + ".key", "must be a non-blank string");
			return Optional.empty();
		}
		Object val = object.get().get("val");
		if (val instanceof String text) {
			return Optional.of(new CustomFieldValue(s.trim(), text.trim()));
		}
		if (val instanceof Number || val instanceof Boolean) {
			String text = val instanceof Number ? RawValues.toDecimal(val).map(BigDecimal::toPlainString).orElse("")
					: val.toString();
			return Optional.of(new CustomFieldValue(s.trim(), text));
		}
		v.add("custom_fields[" + s.trim() + "]", val == null ? "must not be null" : "must be a string");
		return Optional.empty();
	}

	@Override
	public Object toRaw(Object typed) {
		if (typed == null) {
			return List.of();
		}
		List<Object> raw = new ArrayList<>();
		for (Object o : (List<?>) typed) {
			CustomFieldValue value = (CustomFieldValue) o;
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("key", value.key());
			item.put("val", value.val());
			raw.add(item);
		}
		return raw;
	}

	@Override
	public boolean blankMeansNull() {
		return false;
	}

}
