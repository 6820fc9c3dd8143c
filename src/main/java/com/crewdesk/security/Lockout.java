package com.crewdesk.security;

import java.time.Instant;

/**
 * A current lockout of one of the company's staff e-mails, as the admin's list shows it.
 */
public record Lockout(long id, String email, String displayName, String address, Instant lockedAt,
		Instant lockedUntil) {
}
