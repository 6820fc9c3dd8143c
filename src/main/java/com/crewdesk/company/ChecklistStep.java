package com.crewdesk.company;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One step of a company's job checklist, ticked on the job page and stamped with who and
 * when.
 */
@Table("checklist_steps")
public record ChecklistStep(String stepKey, String label) {
}
