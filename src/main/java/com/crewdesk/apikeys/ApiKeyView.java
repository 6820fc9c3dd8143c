package com.crewdesk.apikeys;

import java.time.Instant;

/** A key as the admin list shows it: never its secret or hash. */
public record ApiKeyView(long id, String name, String prefix, ApiKeyScope scope, Instant createdAt, String createdBy,
		Instant lastUsedAt, Instant revokedAt) {

	public boolean revoked() {
		return revokedAt != null;
	}
}
