package com.crewdesk.company;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A tenant. Owns its settings: custom field definitions and checklist steps. */
@Table("companies")
public record Company(@Id Long id, String name, boolean workersEditJob, Instant createdAt,
		@MappedCollection(idColumn = "company_id", keyColumn = "position") List<CustomFieldSetting> customFields,
		@MappedCollection(idColumn = "company_id", keyColumn = "position") List<ChecklistStep> checklistSteps) {

	public static Company create(String name) {
		return new Company(null, name, false, Instant.now(), List.of(), List.of());
	}

	public Company withSettings(boolean workersEditJob, List<CustomFieldSetting> customFields,
			List<ChecklistStep> checklistSteps) {
		return new Company(id, name, workersEditJob, createdAt, List.copyOf(customFields), List.copyOf(checklistSteps));
	}
}
