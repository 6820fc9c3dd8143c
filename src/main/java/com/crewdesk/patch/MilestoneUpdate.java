package com.crewdesk.patch;

import java.time.Instant;
import java.util.UUID;

/**
 * A change to one checklist step: tick (with an optional explicit time and person) or
 * un-tick. Missing time/person default to the existing completion, else to now and the
 * actor.
 */
public record MilestoneUpdate(String stepKey, boolean ticked, Instant completedAt, UUID completedBy) {

	static MilestoneUpdate untick(String stepKey) {
		return new MilestoneUpdate(stepKey, false, null, null);
	}

	StepCompletion completion(StepCompletion existing, Instant now, UUID actor) {
		Instant at = completedAt != null ? completedAt : existing != null ? existing.completedAt() : now;
		UUID by = completedBy != null ? completedBy : existing != null ? existing.completedBy() : actor;
		return new StepCompletion(at, by);
	}
}
