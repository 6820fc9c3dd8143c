package com.crewdesk.patch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * P8 replaces a job's custom fields as a whole set. A screen that changes one of them (a
 * form input, the batch panel) sends the job's current set with that one value replaced:
 * this is the one place that merges it. Such a single field is named
 * {@code custom_fields[KEY]} on screens.
 */
public final class CustomFieldSet {

	private static final String FIELD = "custom_fields";

	private static final String PREFIX = FIELD + "[";

	private CustomFieldSet() {
	}

	/**
	 * The whole set with {@code key} set to {@code value} (removed when null or blank).
	 */
	public static List<CustomFieldValue> withValue(List<CustomFieldValue> current, String key, String value) {
		List<CustomFieldValue> result = new ArrayList<>();
		current.stream().filter(field -> !field.key().equals(key)).forEach(result::add);
		if (value != null && !value.isBlank()) {
			result.add(new CustomFieldValue(key, value.trim()));
		}
		return result;
	}

	/** A set as the {@code custom_fields} value of a patch: [{key, val}, …]. */
	public static List<Map<String, Object>> asPatchValue(List<CustomFieldValue> fields) {
		return fields.stream().map(field -> Map.<String, Object>of("key", field.key(), "val", field.val())).toList();
	}

	/**
	 * A patch from a screen with its single custom fields ({@code custom_fields[KEY]} →
	 * value) folded into {@code current} and sent as the whole set under
	 * {@code custom_fields}; the other fields are kept as they are, in order.
	 */
	public static Map<String, Object> foldSingles(Map<String, Object> patch, List<CustomFieldValue> current) {
		Map<String, Object> folded = new LinkedHashMap<>();
		List<CustomFieldValue> fields = current;
		boolean changed = false;
		for (Map.Entry<String, Object> entry : patch.entrySet()) {
			Optional<String> key = keyOf(entry.getKey());
			if (key.isPresent()) {
				fields = withValue(fields, key.get(), entry.getValue() == null ? null : entry.getValue().toString());
				changed = true;
			}
			else {
				folded.put(entry.getKey(), entry.getValue());
			}
		}
		if (changed) {
			folded.put(FIELD, asPatchValue(fields));
		}
		return folded;
	}

	/** The name screens give one custom field: {@code custom_fields[PO_Number]}. */
	public static String singleFieldName(String key) {
		return PREFIX + key + "]";
	}

	/** The key of a {@code custom_fields[KEY]} name, or empty for any other name. */
	public static Optional<String> keyOf(String name) {
		return name.startsWith(PREFIX) && name.endsWith("]")
				? Optional.of(name.substring(PREFIX.length(), name.length() - 1)) : Optional.empty();
	}

}
