package com.crewdesk.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Customer {@code tags}: a list of short strings, trimmed, duplicates dropped; null
 * clears.
 */
final class TagsFormat implements ValueFormat {

	static final int MAX_TAG = 50;

	@Override
	public Optional<Object> read(String key, Object raw, Violations.Builder v) {
		Optional<List<Object>> items = RawValues.list(key, raw, v);
		if (items.isEmpty()) {
			return Optional.empty();
		}
		List<String> tags = new ArrayList<>();
		boolean clean = true;
		for (int i = 0; i < items.get().size(); i++) {
			Object item = items.get().get(i);
			if (!(item instanceof String s) || s.isBlank() || s.trim().length() > MAX_TAG) {
				v.add(key + "[" + i + "]", "must be a non-blank string of at most " + MAX_TAG + " characters");
				clean = false;
			}
			else if (!tags.contains(s.trim())) {
				tags.add(s.trim());
			}
		}
		return clean ? Optional.of(List.copyOf(tags)) : Optional.empty();
	}

	@Override
	public Object toRaw(Object typed) {
		return typed == null ? List.of() : List.copyOf((List<?>) typed);
	}

	@Override
	public boolean blankMeansNull() {
		return false;
	}

}
