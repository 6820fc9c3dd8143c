package com.crewdesk.security;

import java.time.Instant;

/** Published for every failed login, known e-mail or not (for the audit log). */
public record LoginFailed(String email, String address, Instant at) {
}
