package com.crewdesk.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * P12: a new assignee is told ASSIGNED, the previous one UNASSIGNED; a status change is
 * told to the assignee (unless they were just assigned). Nobody is told about their own
 * change.
 */
final class JobNotifications {

	private JobNotifications() {
	}

	static List<NotificationIntent> intents(JobValues before, JobValues after, Actor actor) {
		UUID previous = before == null ? null : before.assignedToUserId();
		UUID assignee = after.assignedToUserId();
		List<NotificationIntent> intents = new ArrayList<>();
		boolean reassigned = !Objects.equals(previous, assignee);
		if (reassigned && assignee != null) {
			intents.add(new NotificationIntent(assignee, NotificationKind.ASSIGNED, null));
		}
		if (reassigned && previous != null) {
			intents.add(new NotificationIntent(previous, NotificationKind.UNASSIGNED, null));
		}
		boolean statusChanged = before != null && before.status() != after.status();
		if (statusChanged && assignee != null && !reassigned) {
			intents.add(new NotificationIntent(assignee, NotificationKind.STATUS, after.status()));
		}
		intents.removeIf(intent -> actor.is(intent.recipientStaffId()));
		return intents;
	}

}
