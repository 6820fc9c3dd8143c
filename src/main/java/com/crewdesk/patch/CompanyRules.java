package com.crewdesk.patch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The company settings the engine needs: may technicians change the scheduled day
 * ({@code workersEditJob}), the job custom field definitions, the checklist step keys
 * that {@code milestones} accepts, the customer custom field definitions and the tag
 * names customers may carry.
 */
public record CompanyRules(boolean workersEditJob, List<CustomFieldDefinition> customFields,
		Set<String> checklistStepKeys, List<CustomFieldDefinition> customerCustomFields, Set<String> customerTags) {

	public CompanyRules {
		customFields = customFields == null ? List.of() : List.copyOf(customFields);
		checklistStepKeys = checklistStepKeys == null ? Set.of() : Set.copyOf(checklistStepKeys);
		customerCustomFields = customerCustomFields == null ? List.of() : List.copyOf(customerCustomFields);
		customerTags = customerTags == null ? Set.of()
				: java.util.Collections.unmodifiableSet(new LinkedHashSet<>(customerTags));
	}

	/** Company without customer tags. */
	public CompanyRules(boolean workersEditJob, List<CustomFieldDefinition> customFields, Set<String> checklistStepKeys,
			List<CustomFieldDefinition> customerCustomFields) {
		this(workersEditJob, customFields, checklistStepKeys, customerCustomFields, Set.of());
	}

	/** The company's spelling of a tag name, matched case-insensitively. */
	public Optional<String> customerTag(String name) {
		return customerTags.stream().filter(tag -> tag.equalsIgnoreCase(name.trim())).findFirst();
	}

	/** Company without customer custom fields. */
	public CompanyRules(boolean workersEditJob, List<CustomFieldDefinition> customFields,
			Set<String> checklistStepKeys) {
		this(workersEditJob, customFields, checklistStepKeys, List.of(), Set.of());
	}
}
