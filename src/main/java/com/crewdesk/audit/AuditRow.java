package com.crewdesk.audit;

import java.time.Instant;
import java.util.UUID;

/** One entry as the audit page shows it. */
public record AuditRow(long id, Instant occurredAt, UUID actorId, String actorName, String sourceIp, AuditKind kind,
		String subject, String change) {
}
