package com.crewdesk.security;

import java.time.Instant;

/**
 * Published when failed logins lock an e-mail out until {@code until} (for the audit
 * log).
 */
public record LoginLockedOut(String email, String address, Instant at, Instant until) {
}
