package com.crewdesk.patch;

import java.util.List;

/**
 * What the job engine decided: the patch applies (with its changes), or it is refused.
 */
public sealed interface PatchOutcome {

	/**
	 * The patch is valid. {@code before} is null on create; {@code changes} lists only
	 * fields whose value really changes (empty: nothing to write, P17);
	 * {@code customerPatch} is the validated nested customer patch, or null.
	 */
	record Applied(JobValues before, JobValues after, List<FieldChange> changes, List<NotificationIntent> notifications,
			Patch customerPatch) implements PatchOutcome {

		public Applied {
			changes = List.copyOf(changes);
			notifications = List.copyOf(notifications);
		}

		public boolean changesNothing() {
			return changes.isEmpty() && customerPatch == null;
		}
	}

	/** The patch is refused; nothing may be written. */
	record Rejected(Violations violations) implements PatchOutcome {
	}

	default boolean isApplied() {
		return this instanceof Applied;
	}

}
