package com.crewdesk.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Crewdesk's own metrics beyond Spring Boot's defaults. Written to Micrometer's global
 * registry, which Spring Boot feeds into the Prometheus one, so the write path can record
 * an outcome in one line without being handed a registry.
 */
public final class OpsMetrics {

	/**
	 * Outcomes of patches by channel: applied (something changed), no-op (nothing to
	 * change), refused by a rule.
	 */
	public static final String PATCH_OUTCOMES = "crewdesk.patch.outcomes";

	public static final String BATCH_DURATION = "crewdesk.batch.duration";

	public static final String BATCH_ROWS_PER_SECOND = "crewdesk.batch.rows.per.second";

	public static final String LOGIN_FAILURES = "crewdesk.login.failures";

	public static final String LIST_REQUESTS = "crewdesk.jobs.list.requests";

	public static final String WEBHOOK_DELIVERIES = "crewdesk.webhook.deliveries";

	private OpsMetrics() {
	}

	static MeterRegistry registry() {
		return Metrics.globalRegistry;
	}

	public static void patchApplied(String channel) {
		patchOutcome("applied", channel, 1);
	}

	public static void patchUnchanged(String channel) {
		patchOutcome("no-op", channel, 1);
	}

	public static void patchRefused(String channel) {
		patchOutcome("refused", channel, 1);
	}

	/**
	 * The outcome of every job in a batch: how many changed, already matched, and were
	 * refused.
	 */
	public static void batchPatches(String channel, int applied, int unchanged, int refused) {
		patchOutcome("applied", channel, applied);
		patchOutcome("no-op", channel, unchanged);
		patchOutcome("refused", channel, refused);
	}

	private static void patchOutcome(String outcome, String channel, int count) {
		Counter counter = Counter.builder(PATCH_OUTCOMES)
			.description("Job patches by outcome")
			.tag("outcome", outcome)
			.tag("channel", channel)
			.register(registry());
		if (count > 0) {
			counter.increment(count);
		}
	}

	/**
	 * A batch that ran (synchronously or in the background): its duration and rows
	 * written per second.
	 */
	public static void batchFinished(String mode, int rows, Duration took) {
		Timer.builder(BATCH_DURATION)
			.description("Time to validate and write a batch edit")
			.tag("mode", mode)
			.register(registry())
			.record(took);
		double seconds = Math.max(took.toNanos(), 1) / 1e9;
		DistributionSummary.builder(BATCH_ROWS_PER_SECOND)
			.description("Jobs a batch edit checked per second")
			.tag("mode", mode)
			.register(registry())
			.record(rows / seconds);
	}

	static void loginFailed(String reason) {
		Counter.builder(LOGIN_FAILURES)
			.description("Failed form logins")
			.tag("reason", reason)
			.register(registry())
			.increment();
	}

	/** A delivery attempt of a webhook: delivered, retrying or failed (gave up). */
	public static void webhookDelivery(String outcome) {
		Counter.builder(WEBHOOK_DELIVERIES)
			.description("Webhook delivery attempts by outcome")
			.tag("outcome", outcome)
			.register(registry())
			.increment();
	}

}
