package com.crewdesk.apikeys;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An integration's key. Only a SHA-256 hash of the secret is stored, plus a short prefix
 * to recognise it.
 */
@Table("api_keys")
public record ApiKey(@Id Long id, Long companyId, String name, String keyPrefix, String keyHash, Instant createdAt,
		UUID createdBy, Instant revokedAt, Instant lastUsedAt) {

	public boolean isRevoked() {
		return revokedAt != null;
	}
}
