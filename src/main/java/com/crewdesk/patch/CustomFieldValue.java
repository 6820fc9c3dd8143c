package com.crewdesk.patch;

import java.util.Objects;

/** One custom field value; values are always stored as strings. */
public record CustomFieldValue(String key, String val) {

	public CustomFieldValue {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(val, "val");
	}
}
