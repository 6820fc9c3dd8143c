package com.crewdesk.patch;

import java.util.List;

/**
 * A custom field the company defined: its key, label, type, options (SELECT only),
 * required.
 */
public record CustomFieldDefinition(String key, String label, CustomFieldType type, List<String> options,
		boolean required) {

	public CustomFieldDefinition {
		options = options == null ? List.of() : List.copyOf(options);
	}
}
