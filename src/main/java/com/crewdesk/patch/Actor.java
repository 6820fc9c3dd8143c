package com.crewdesk.patch;

import java.util.UUID;

/**
 * Who makes a change: a staff member ({@code staffId}, {@code role}) or an API key
 * ({@code apiKeyId}; {@code staffId} null). An API key acts with DISPATCHER rights.
 */
public record Actor(UUID staffId, Role role, Long apiKeyId) {

	public static Actor staff(UUID staffId, Role role) {
		return new Actor(staffId, role, null);
	}

	public static Actor apiKey(long apiKeyId) {
		return new Actor(null, Role.DISPATCHER, apiKeyId);
	}

	/** The rights this actor acts with; a person without a role gets VIEWER rights. */
	public Role effectiveRole() {
		if (apiKeyId != null) {
			return Role.DISPATCHER;
		}
		return role == null ? Role.VIEWER : role;
	}

	public boolean is(UUID staffMember) {
		return staffId != null && staffId.equals(staffMember);
	}
}
