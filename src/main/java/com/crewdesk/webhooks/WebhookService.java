package com.crewdesk.webhooks;

import com.crewdesk.audit.Acting;
import com.crewdesk.audit.AuditKind;
import com.crewdesk.audit.AuditLog;
import com.crewdesk.patch.Rulebook;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins register webhook endpoints (the signing secret is shown once), see each
 * endpoint's recent deliveries, send one again, and remove an endpoint.
 */
@Service
public class WebhookService {

	private static final int RECENT = 100;

	private final WebhookStore store;

	private final AuditLog audit;

	private final boolean allowPrivate;

	private final Duration retryFor;

	WebhookService(WebhookStore store, AuditLog audit,
			@Value("${crewdesk.webhooks.allow-private:false}") boolean allowPrivate,
			@Value("${crewdesk.webhooks.retry-for:24h}") Duration retryFor) {
		this.store = store;
		this.audit = audit;
		this.allowPrivate = allowPrivate;
		this.retryFor = retryFor;
	}

	/** An endpoint just registered, with the secret to show once. */
	public record Registered(long id, String url, String secret) {
	}

	/** An endpoint and its recent deliveries. */
	public record EndpointDeliveries(WebhookEndpoint endpoint, List<WebhookDelivery> deliveries) {
	}

	/** A registration refused, naming the form field. */
	public static class Refused extends RuntimeException {

		private final String field;

		Refused(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return field;
		}

	}

	@Transactional(readOnly = true)
	public List<WebhookEndpoint> list(Acting admin) {
		requireAdmin(admin);
		return store.list(admin.companyId());
	}

	@Transactional
	public Registered register(Acting admin, String url, Set<String> events) {
		requireAdmin(admin);
		String trimmed = url == null ? "" : url.trim();
		if (trimmed.isEmpty() || trimmed.length() > 2000) {
			throw new Refused("url", "Endpoint URL must be 1 to 2000 characters");
		}
		WebhookAddresses.refusal(trimmed, allowPrivate).ifPresent(refusal -> {
			throw new Refused("url", "Endpoint URL " + refusal);
		});
		List<String> chosen = Arrays.stream(WebhookEvent.values())
			.map(WebhookEvent::type)
			.filter(events::contains)
			.toList();
		if (chosen.isEmpty()) {
			throw new Refused("events", "Choose at least one event");
		}
		String secret = WebhookSignature.newSecret();
		long id = store.insert(admin.companyId(), trimmed, chosen, secret, admin.staffId());
		audit.record(admin.entry(AuditKind.WEBHOOK_ADDED, trimmed, String.join(", ", chosen)));
		return new Registered(id, trimmed, secret);
	}

	@Transactional(readOnly = true)
	public EndpointDeliveries deliveries(Acting admin, long endpointId) {
		requireAdmin(admin);
		WebhookEndpoint endpoint = store.find(admin.companyId(), endpointId).orElseThrow(WebhookNotFoundException::new);
		return new EndpointDeliveries(endpoint, store.recentDeliveries(admin.companyId(), endpointId, RECENT));
	}

	/** Queues a delivery again (same event id); refused for a removed endpoint. */
	@Transactional
	public void resend(Acting admin, long endpointId, long deliveryId) {
		requireAdmin(admin);
		if (!store.resend(admin.companyId(), endpointId, deliveryId, retryFor)) {
			throw new WebhookNotFoundException();
		}
	}

	@Transactional
	public WebhookEndpoint remove(Acting admin, long endpointId) {
		requireAdmin(admin);
		WebhookEndpoint endpoint = store.find(admin.companyId(), endpointId).orElseThrow(WebhookNotFoundException::new);
		if (store.deactivate(admin.companyId(), endpointId)) {
			audit.record(admin.entry(AuditKind.WEBHOOK_REMOVED, endpoint.url(), null));
		}
		return endpoint;
	}

	private static void requireAdmin(Acting admin) {
		if (!Rulebook.administersCompany(admin.actor())) {
			throw new AccessDeniedException("only admins manage webhooks");
		}
	}

}
