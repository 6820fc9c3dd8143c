package com.crewdesk.jobs;

import com.crewdesk.patch.PatchOutcome;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A batch validated against the current jobs, before anything is written: the jobs that
 * would change, those that already hold the values, and the per-job errors. Also what a
 * preview shows; {@code versions} are the versions it was judged against, which an apply
 * after the preview must still find.
 */
public record BatchPlan(List<Item> changing, List<UUID> unchanged, Map<String, Map<String, List<String>>> errors,
		boolean forbidden, Map<UUID, Long> versions) {

	/** One job that would change, with what the engine decided for it. */
	public record Item(StoredJob job, PatchOutcome.Applied applied) {
	}

	public boolean valid() {
		return errors.isEmpty();
	}

	public int total() {
		return changing.size() + unchanged.size() + errors.size();
	}
}
