package com.crewdesk.apikeys;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The api_keys rows: lookup by hash, the company's list, create, revoke, last-used stamp.
 */
@Repository
class ApiKeyStore {

	private final JdbcClient jdbc;

	ApiKeyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Found(ActiveApiKey key, Instant lastUsedAt) {
	}

	Optional<Found> findActiveByHash(String hash) {
		return jdbc
			.sql("SELECT id, company_id, name, scope, last_used_at FROM api_keys "
					+ "WHERE key_hash = :hash AND revoked_at IS NULL")
			.param("hash", hash)
			.query((rs, n) -> {
				Timestamp lastUsed = rs.getTimestamp("last_used_at");
				return new Found(
						new ActiveApiKey(rs.getLong("id"), rs.getLong("company_id"), rs.getString("name"),
								ApiKeyScope.valueOf(rs.getString("scope"))),
						lastUsed == null ? null : lastUsed.toInstant());
			})
			.optional();
	}

	/** Stamps the last use unless another request did within the last minute. */
	void touch(long id) {
		jdbc.sql("UPDATE api_keys SET last_used_at = now() WHERE id = :id "
				+ "AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')")
			.param("id", id)
			.update();
	}

	List<ApiKeyView> list(long companyId) {
		return jdbc.sql("""
				SELECT k.id, k.name, k.key_prefix, k.scope, k.created_at, s.display_name, k.last_used_at, k.revoked_at
				FROM api_keys k LEFT JOIN staff_users s ON s.company_id = k.company_id AND s.id = k.created_by
				WHERE k.company_id = :company
				ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC, k.id DESC""")
			.param("company", companyId)
			.query((rs, n) -> new ApiKeyView(rs.getLong(1), rs.getString(2), rs.getString(3),
					ApiKeyScope.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), rs.getString(6),
					instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8))))
			.list();
	}

	Optional<ApiKeyView> find(long companyId, long id) {
		return list(companyId).stream().filter(key -> key.id() == id).findFirst();
	}

	long insert(long companyId, String name, String prefix, String hash, ApiKeyScope scope, UUID createdBy) {
		return jdbc.sql("""
				INSERT INTO api_keys (company_id, name, key_prefix, key_hash, scope, created_by)
				VALUES (:company, :name, :prefix, :hash, :scope, :by) RETURNING id""")
			.param("company", companyId)
			.param("name", name)
			.param("prefix", prefix)
			.param("hash", hash)
			.param("scope", scope.name())
			.param("by", createdBy)
			.query(Long.class)
			.single();
	}

	boolean revoke(long companyId, long id) {
		return jdbc
			.sql("UPDATE api_keys SET revoked_at = now() WHERE company_id = :company AND id = :id "
					+ "AND revoked_at IS NULL")
			.param("company", companyId)
			.param("id", id)
			.update() == 1;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
