package com.crewdesk.patch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code external_data}: {"application_guid", "patch_mode": "Replace"|"Merge",
 * "external_data": [{"key", "value"}]} or a list of those (P9). Reads into a list of
 * {@link ExternalDataUpdate}; the typed state is Map applicationGuid → (key → value).
 */
final class ExternalDataFormat implements ValueFormat {

	static final int MAX_KEY = 100;
	static final int MAX_VALUE = 4000;

	private static final List<String> UPDATE_KEYS = List.of("application_guid", "patch_mode", "external_data");

	@Override
	public Optional<Object> read(String key, Object raw, Violations.Builder v) {
		List<ExternalDataUpdate> updates = new ArrayList<>();
		boolean clean = true;
		if (raw instanceof List<?> list) {
			Set<String> applications = new HashSet<>();
			for (int i = 0; i < list.size(); i++) {
				Optional<ExternalDataUpdate> update = update(key + "[" + i + "]", list.get(i), v);
				if (update.isPresent() && !applications.add(update.get().applicationGuid())) {
					v.add(key + "[" + i + "].application_guid", "appears more than once");
					update = Optional.empty();
				}
				clean &= update.isPresent();
				update.ifPresent(updates::add);
			}
		}
		else {
			Optional<ExternalDataUpdate> update = update(key, raw, v);
			clean = update.isPresent();
			update.ifPresent(updates::add);
		}
		return clean ? Optional.of(List.copyOf(updates)) : Optional.empty();
	}

	private static Optional<ExternalDataUpdate> update(String key, Object raw, Violations.Builder v) {
		Optional<Map<String, Object>> object = RawValues.object(key, raw, v);
		if (object.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> map = object.get();
		boolean clean = RawValues.onlyKnownKeys(key, map, UPDATE_KEYS, v);
		Optional<String> application = Optional.ofNullable(map.get("application_guid"))
			.flatMap(RawValues::toUuid)
			.map(Object::toString);
		if (application.isEmpty()) {
			v.add(key + ".application_guid", "must be a UUID");
		}
		Optional<Boolean> merge = mergeMode(key + ".patch_mode", map.get("patch_mode"), v);
		Optional<Map<String, String>> entries = merge.isPresent()
				? entries(key + ".external_data", map.get("external_data"), merge.get(), v) : Optional.empty();
		if (!clean || application.isEmpty() || entries.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ExternalDataUpdate(application.get(), merge.get(), entries.get()));
	}

	private static Optional<Boolean> mergeMode(String key, Object raw, Violations.Builder v) {
		if (raw == null) {
			return Optional.of(false);
		}
		String mode = raw instanceof String s ? s.trim().toLowerCase(Locale.ROOT) : "";
		if (mode.equals("replace") || mode.equals("merge")) {
			return Optional.of(mode.equals("merge"));
		}
		v.add(key, "must be one of: Replace, Merge");
		return Optional.empty();
	}

	private static Optional<Map<String, String>> entries(String key, Object raw, boolean merge, Violations.Builder v) {
		if (raw == null) {
			v.add(key, "must not be null");
			return Optional.empty();
		}
		Optional<List<Object>> items = RawValues.list(key, raw, v);
		if (items.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> entries = new LinkedHashMap<>();
		boolean clean = true;
		for (int i = 0; i < items.get().size(); i++) {
			String itemKey = key + "[" + i + "]";
			Optional<Map<String, Object>> item = RawValues.object(itemKey, items.get().get(i), v);
			if (item.isEmpty() || !RawValues.onlyKnownKeys(itemKey, item.get(), List.of("key", "value"), v)) {
				clean = false;
				continue;
			}
			clean &= entry(itemKey, item.get(), merge, entries, v);
		}
		return clean ? Optional.of(entries) : Optional.empty();
	}

	private static boolean entry(String key, Map<String, Object> item, boolean merge, Map<String, String> entries,
			Violations.Builder v) {
		Object name = item.get("key");
		Object value = item.get("value");
		if (!(name instanceof String s) || s.isBlank() || s.length() > MAX_KEY) {
			v.add(key + ".key", "must be a non-blank string of at most " + MAX_KEY + " characters");
			return false;
		}
		if (entries.containsKey(s)) {
			v.add(key + ".key", "appears more than once");
			return false;
		}
		if (value == null && !merge) {
			v.add(key + ".value", "must not be null in Replace mode (use Merge to delete a key)");
			return false;
		}
		if (value != null && (!(value instanceof String text) || text.length() > MAX_VALUE)) {
			v.add(key + ".value", "must be a string of at most " + MAX_VALUE + " characters");
			return false;
		}
		entries.put(s, (String) value);
		return true;
	}

	@Override
	public Object toRaw(Object typed) {
		if (typed == null) {
			return Map.of();
		}
		Map<String, Object> raw = new LinkedHashMap<>();
		((Map<?, ?>) typed)
			.forEach((application, keys) -> raw.put((String) application, new LinkedHashMap<>((Map<?, ?>) keys)));
		return raw;
	}

	@Override
	public boolean blankMeansNull() {
		return false;
	}

}
