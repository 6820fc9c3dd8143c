package com.crewdesk.patch;

import java.util.UUID;

/** A notification the service should send; {@code newStatus} only for STATUS. */
public record NotificationIntent(UUID recipientStaffId, NotificationKind kind, JobStatus newStatus) {
}
