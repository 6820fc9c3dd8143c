package com.crewdesk.company;

import java.time.Instant;
import java.util.List;

/** A custom field definition as the settings screen shows it, retired ones included. */
public record FieldDefinition(long id, FieldEntity entity, String key, String label, String type, List<String> options,
		boolean required, int position, Instant retiredAt) {

	public boolean retired() {
		return retiredAt != null;
	}

	CustomFieldSetting setting() {
		return new CustomFieldSetting(key, label, type, options, required);
	}
}
