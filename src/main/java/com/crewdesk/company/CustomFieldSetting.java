package com.crewdesk.company;

import java.util.List;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One custom field a company defines for its jobs (type TEXT, NUMBER, DATE or SELECT).
 */
@Table("custom_field_definitions")
public record CustomFieldSetting(String fieldKey, String label, String fieldType, List<String> options,
		boolean required) {
}
