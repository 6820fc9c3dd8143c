package com.crewdesk.notifications;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A message to one staff member about one of their jobs (assigned, unassigned, status
 * changed).
 */
@Table("notifications")
public record Notification(@Id Long id, Long companyId, UUID recipientId, Long jobId, String kind, String text,
		boolean read, Instant createdAt) {
}
