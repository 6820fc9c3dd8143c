package com.crewdesk.audit;

import java.util.UUID;

/**
 * One thing to record: in which company (null when unknown, e.g. a failed login with an
 * unknown e-mail), who did it (staff id and the name or e-mail shown, both null when
 * nobody is known), the kind, what it concerned ({@code subject}, e.g. "Dana Cruz") and
 * the change ("Technician -> Dispatcher"). Never a password.
 */
public record AuditEntry(Long companyId, UUID actorId, String actorName, AuditKind kind, String subject,
		String change) {

	public static AuditEntry of(Long companyId, UUID actorId, String actorName, AuditKind kind, String subject,
			String change) {
		return new AuditEntry(companyId, actorId, actorName, kind, subject, change);
	}

	/** "old -> new", with "—" for an empty side. */
	public static String change(Object oldValue, Object newValue) {
		return show(oldValue) + " -> " + show(newValue);
	}

	private static String show(Object value) {
		return value == null || value.toString().isEmpty() ? "—" : value.toString();
	}
}
