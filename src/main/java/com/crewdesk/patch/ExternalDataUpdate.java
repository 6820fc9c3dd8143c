package com.crewdesk.patch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One application's external data change (P9, seed 003). Replace: the application's keys
 * become exactly {@code entries}. Merge: the given keys are set, keys with a null value
 * deleted.
 */
public record ExternalDataUpdate(String applicationGuid, boolean merge, Map<String, String> entries) {

	public ExternalDataUpdate {
		entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
	}

	/** Applies a list of updates (as read by the external_data format) in order. */
	static Map<String, Map<String, String>> applyAll(Object updates, Map<String, Map<String, String>> current) {
		Map<String, Map<String, String>> result = current;
		for (Object update : (java.util.List<?>) updates) {
			result = ((ExternalDataUpdate) update).applyTo(result);
		}
		return result;
	}

	/**
	 * The whole external data after this change; other applications untouched, empty ones
	 * dropped.
	 */
	public Map<String, Map<String, String>> applyTo(Map<String, Map<String, String>> current) {
		Map<String, Map<String, String>> result = new LinkedHashMap<>(current);
		Map<String, String> keys = merge ? new LinkedHashMap<>(current.getOrDefault(applicationGuid, Map.of()))
				: new LinkedHashMap<>();
		entries.forEach((key, value) -> {
			if (value == null) {
				keys.remove(key);
			}
			else {
				keys.put(key, value);
			}
		});
		if (keys.isEmpty()) {
			result.remove(applicationGuid);
		}
		else {
			result.put(applicationGuid, Collections.unmodifiableMap(keys));
		}
		return Collections.unmodifiableMap(result);
	}
}
