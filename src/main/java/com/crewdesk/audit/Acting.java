package com.crewdesk.audit;

import com.crewdesk.patch.Actor;
import java.util.UUID;

/**
 * Who performs an administrative action: their company, how the Rulebook knows them, and
 * the name the audit log shows (their e-mail). Built by controllers from the logged-in
 * user.
 */
public record Acting(long companyId, Actor actor, String name) {

	public UUID staffId() {
		return actor.staffId();
	}

	/** An entry of this person's action in their company. */
	public AuditEntry entry(AuditKind kind, String subject, String change) {
		return AuditEntry.of(companyId, staffId(), name, kind, subject, change);
	}
}
