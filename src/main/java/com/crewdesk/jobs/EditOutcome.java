package com.crewdesk.jobs;

import java.util.List;

/**
 * How a person's edit ended: written, nothing to write, or refused until they choose per
 * field.
 */
public sealed interface EditOutcome {

	StoredJob job();

	/** The edit was written; {@code job} is the job after it. */
	record Saved(StoredJob job) implements EditOutcome {
	}

	/** Nothing in the edit differs from the job as it is now; nothing was written. */
	record Unchanged(StoredJob job) implements EditOutcome {
	}

	/**
	 * Someone else changed {@code fields} since the edit was loaded, to values other than
	 * the person's. Nothing was written; {@code job} is the current job, whose values the
	 * person must see before deciding.
	 */
	record Conflicted(StoredJob job, List<String> fields) implements EditOutcome {
	}

}
