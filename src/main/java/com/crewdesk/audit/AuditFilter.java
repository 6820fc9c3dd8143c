package com.crewdesk.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Which entries of a company to show: by person, kind and day range (inclusive, in the
 * company's zone); paged.
 */
public record AuditFilter(UUID actorId, AuditKind kind, LocalDate from, LocalDate to, ZoneId zone, int page) {

	public static final int PAGE_SIZE = 50;

	public AuditFilter {
		page = Math.max(1, Math.min(page, 10_000));
		zone = zone == null ? ZoneId.of("UTC") : zone;
	}

	int offset() {
		return (page - 1) * PAGE_SIZE;
	}
}
