package com.crewdesk.patch;

import java.util.List;
import java.util.Set;

/**
 * The company settings the engine needs: may technicians change the scheduled day
 * ({@code workersEditJob}), the job custom field definitions, the checklist step keys that
 * {@code milestones} accepts, and the customer custom field definitions.
 */
public record CompanyRules(boolean workersEditJob, List<CustomFieldDefinition> customFields,
        Set<String> checklistStepKeys, List<CustomFieldDefinition> customerCustomFields) {

    public CompanyRules {
        customFields = customFields == null ? List.of() : List.copyOf(customFields);
        checklistStepKeys = checklistStepKeys == null ? Set.of() : Set.copyOf(checklistStepKeys);
        customerCustomFields = customerCustomFields == null ? List.of() : List.copyOf(customerCustomFields);
    }

    /** Company without customer custom fields. */
    public CompanyRules(boolean workersEditJob, List<CustomFieldDefinition> customFields,
            Set<String> checklistStepKeys) {
        this(workersEditJob, customFields, checklistStepKeys, List.of());
    }
}
