package com.crewdesk.patch;

import java.time.Instant;
import java.util.UUID;

/** A ticked checklist step: when and by whom (by is null when an API key ticked it). */
public record StepCompletion(Instant completedAt, UUID completedBy) {
}
