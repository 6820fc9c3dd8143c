package com.crewdesk.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The visible state of a background batch: progress, outcome and per-job errors. */
public record BackgroundBatch(UUID id, String state, int total, int done, String summary,
		Map<String, Map<String, List<String>>> errors, Instant createdAt, Instant finishedAt) {

	public boolean finished() {
		return "SUCCEEDED".equals(state) || "FAILED".equals(state);
	}
}
