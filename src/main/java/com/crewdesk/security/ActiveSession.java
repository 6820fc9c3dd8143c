package com.crewdesk.security;

import java.time.Instant;

/**
 * One of a user's logged-in sessions, as shown to them (never its id: that is the login
 * itself).
 */
public record ActiveSession(Instant started, Instant lastActive, Instant expires, boolean current) {
}
