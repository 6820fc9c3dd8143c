package com.crewdesk.apikeys;

import com.crewdesk.audit.Acting;
import com.crewdesk.audit.AuditKind;
import com.crewdesk.audit.AuditLog;
import com.crewdesk.patch.Rulebook;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Integration keys: admins create (the secret is shown once, only its hash is stored),
 * list and revoke them; every request's key is checked here, and its last use is stamped
 * at most once a minute.
 */
@Service
public class ApiKeyService {

	private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

	private final ApiKeyStore store;

	private final AuditLog audit;

	ApiKeyService(ApiKeyStore store, AuditLog audit) {
		this.store = store;
		this.audit = audit;
	}

	/** A key just created, with the secret to show once. */
	public record Created(ApiKeyView key, String secret) {
	}

	/** The key a request presents, if it is known and not revoked. */
	public Optional<ActiveApiKey> authenticate(String secret) {
		return store.findActiveByHash(ApiKeySecrets.hash(secret)).map(found -> {
			if (found.lastUsedAt() == null || found.lastUsedAt().isBefore(Instant.now().minus(LAST_USED_GRANULARITY))) {
				store.touch(found.key().id());
			}
			return found.key();
		});
	}

	@Transactional(readOnly = true)
	public List<ApiKeyView> list(Acting admin) {
		requireAdmin(admin);
		return store.list(admin.companyId());
	}

	@Transactional
	public Created create(Acting admin, String name, ApiKeyScope scope) {
		requireAdmin(admin);
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Name must not be blank");
		}
		if (name.trim().length() > 120) {
			throw new IllegalArgumentException("Name must be at most 120 characters");
		}
		ApiKeyScope chosen = scope == null ? ApiKeyScope.READ_ONLY : scope;
		String secret = ApiKeySecrets.newSecret();
		long id = store.insert(admin.companyId(), name.trim(), ApiKeySecrets.prefix(secret), ApiKeySecrets.hash(secret),
				chosen, admin.staffId());
		audit.record(admin.entry(AuditKind.API_KEY_CREATED, name.trim() + " (" + ApiKeySecrets.prefix(secret) + "…)",
				chosen.label()));
		return new Created(store.find(admin.companyId(), id).orElseThrow(), secret);
	}

	@Transactional
	public ApiKeyView revoke(Acting admin, long id) {
		requireAdmin(admin);
		ApiKeyView key = store.find(admin.companyId(), id).orElseThrow(ApiKeyNotFoundException::new);
		if (store.revoke(admin.companyId(), id)) {
			audit.record(admin.entry(AuditKind.API_KEY_REVOKED, key.name() + " (" + key.prefix() + "…)", null));
		}
		return store.find(admin.companyId(), id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public ApiKeyView get(Acting admin, long id) {
		requireAdmin(admin);
		return store.find(admin.companyId(), id).orElseThrow(ApiKeyNotFoundException::new);
	}

	private static void requireAdmin(Acting admin) {
		if (!Rulebook.administersCompany(admin.actor())) {
			throw new AccessDeniedException("only admins manage API keys");
		}
	}

}
