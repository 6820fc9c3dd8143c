package com.crewdesk.webhooks;

import com.crewdesk.database.Tenancy;
import com.crewdesk.ops.OpsMetrics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the outbox: every {@code crewdesk.webhooks.poll} it claims due deliveries
 * ({@link WebhookStore#claim}, safe with several instances), POSTs each one signed
 * ({@link WebhookSignature}) and records the outcome. A 2xx answer delivers it; anything
 * else (another status, a timeout, a refused address) is retried with exponential backoff
 * ({@code retry-base} doubled per attempt, at most an hour apart) until {@code retry-for}
 * (24 h) has passed, then it is FAILED. No redirects are followed and every call gives up
 * after 5 s.
 */
@Component
class WebhookSender implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	/** Longer than a send can take (timeout), so a live sender never loses its lease. */
	private static final Duration LEASE = Duration.ofMinutes(1);

	private static final Duration MAX_BACKOFF = Duration.ofHours(1);

	private static final int CLAIM = 50;

	private final WebhookStore store;

	private final JsonMapper json;

	private final boolean enabled;

	private final boolean allowPrivate;

	private final Duration poll;

	private final Duration retryBase;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(TIMEOUT)
		.build();

	private final ExecutorService senders = Executors.newFixedThreadPool(4, runnable -> {
		Thread thread = new Thread(runnable, "webhook-send");
		thread.setDaemon(true);
		return thread;
	});

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private final AtomicBoolean started = new AtomicBoolean();

	WebhookSender(WebhookStore store, JsonMapper json,
			@Value("${crewdesk.webhooks.sender.enabled:true}") boolean enabled,
			@Value("${crewdesk.webhooks.allow-private:false}") boolean allowPrivate,
			@Value("${crewdesk.webhooks.poll:1s}") Duration poll,
			@Value("${crewdesk.webhooks.retry-base:30s}") Duration retryBase) {
		this.store = store;
		this.json = json;
		this.enabled = enabled;
		this.allowPrivate = allowPrivate;
		this.poll = poll;
		this.retryBase = retryBase;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled && started.compareAndSet(false, true)) {
			scheduler.setPoolSize(1);
			scheduler.setThreadNamePrefix("webhook-claims-");
			scheduler.initialize();
			scheduler.scheduleWithFixedDelay(this::sendDue, poll);
		}
	}

	@Override
	public void destroy() {
		scheduler.shutdown();
		senders.shutdownNow();
	}

	/**
	 * Sends what is due, round after round (each round sends at most the next event of
	 * each job, so a job's later events follow in the next round).
	 */
	void sendDue() {
		try {
			for (int round = 0; round < 100; round++) {
				List<WebhookStore.Claimed> claimed = Tenancy.acrossCompanies(
						"the outbox is one queue for every company's deliveries", () -> store.claim(CLAIM, LEASE));
				if (claimed.isEmpty()) {
					return;
				}
				List<Callable<Void>> sends = new ArrayList<>();
				claimed.forEach(delivery -> sends.add(() -> {
					Tenancy.acrossCompanies("a claimed delivery is recorded by its id, whatever its company",
							() -> send(delivery));
					return null;
				}));
				senders.invokeAll(sends);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.warn("Webhooks: cannot send now: {}", ex.toString());
		}
	}

	private void send(WebhookStore.Claimed delivery) {
		Optional<String> refused = WebhookAddresses.refusal(delivery.url(), allowPrivate);
		if (refused.isPresent()) {
			failed(delivery, null, "address " + refused.get());
			return;
		}
		String body = body(delivery);
		long timestamp = Instant.now().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url().trim()))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("User-Agent", "Crewdesk-Webhooks/1")
			.header(WebhookSignature.EVENT_ID_HEADER, delivery.eventId().toString())
			.header(WebhookSignature.EVENT_TYPE_HEADER, delivery.type())
			.header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
			.header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(delivery.secret(), timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 == 2) {
				store.delivered(delivery.id(), response.statusCode());
				OpsMetrics.webhookDelivery("delivered");
			}
			else {
				failed(delivery, response.statusCode(), "HTTP " + response.statusCode());
			}
		}
		catch (IOException ex) {
			failed(delivery, null,
					ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void failed(WebhookStore.Claimed delivery, Integer status, String error) {
		Duration retryIn = backoff(delivery.attempts(), retryBase);
		if (Instant.now().plus(retryIn).isAfter(delivery.retryUntil())) {
			store.attemptFailed(delivery.id(), status, error, null);
			OpsMetrics.webhookDelivery("failed");
		}
		else {
			store.attemptFailed(delivery.id(), status, error, retryIn);
			OpsMetrics.webhookDelivery("retrying");
		}
	}

	/**
	 * The wait after the n-th failed attempt: base, 2 base, 4 base, … at most an hour.
	 */
	static Duration backoff(int attempts, Duration base) {
		int doublings = Math.min(Math.max(attempts - 1, 0), 20);
		Duration wait = base.multipliedBy(1L << doublings);
		return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
	}

	/**
	 * The JSON body: the event id (for de-duplication), its type and time, and its data.
	 */
	private String body(WebhookStore.Claimed delivery) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", delivery.eventId().toString());
		body.put("type", delivery.type());
		body.put("created_at", delivery.createdAt().toString());
		body.put("data", json.readValue(delivery.payload(), JsonNode.class));
		return json.writeValueAsString(body);
	}

}
