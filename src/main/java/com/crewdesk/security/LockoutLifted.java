package com.crewdesk.security;

import java.time.Instant;
import java.util.UUID;

/** Published when an admin lifts a lockout before it ran out (for the audit log). */
public record LockoutLifted(String email, long companyId, UUID liftedBy, Instant at) {
}
