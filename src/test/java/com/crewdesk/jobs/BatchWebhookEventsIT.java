package com.crewdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crewdesk.audit.Acting;
import com.crewdesk.patch.Actor;
import com.crewdesk.patch.Role;
import com.crewdesk.support.ApiClient;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.webhooks.WebhookReceiver;
import com.crewdesk.webhooks.WebhookService;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 1,000-job batch produces 1,000 job.updated events and one batch.finished, written
 * with the batch and delivered after it, without slowing it noticeably.
 */
@CrewdeskIntegrationTest
class BatchWebhookEventsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestJobs testJobs;

	@Autowired
	WebhookService webhooks;

	@Test
	void aThousandJobBatchSendsAThousandJobUpdatedAndOneBatchFinished() throws Exception {
		DemoData demo = new DemoData(jdbc);
		Acting admin = new Acting(demo.acme(), Actor.staff(demo.staffId("admin@acme.test"), Role.ADMIN),
				"admin@acme.test");
		ApiClient api = new ApiClient(port, "cd_demo_acme_key");
		List<UUID> warmUp = testJobs.create(1000, "batch-hooks-warm-up");
		List<UUID> unobserved = testJobs.create(1000, "batch-hooks-none");
		List<UUID> observed = testJobs.create(1000, "batch-hooks");
		applyBatch(api, warmUp);
		long withoutEndpoint = applyBatch(api, unobserved);

		try (WebhookReceiver receiver = new WebhookReceiver()) {
			WebhookService.Registered endpoint = webhooks.register(admin, receiver.url(),
					Set.of("job.updated", "batch.finished"));
			try {
				long withEndpoint = applyBatch(api, observed);
				System.out.printf("1,000-job batch: %d ms without a webhook endpoint, %d ms with one%n",
						withoutEndpoint, withEndpoint);

				await().atMost(Duration.ofSeconds(120))
					.until(() -> receiver.all().stream().filter(r -> r.answeredWith() == 200).count() >= 1001);
				List<WebhookReceiver.Received> delivered = receiver.all();
				assertThat(delivered.stream()
					.filter(r -> r.type().equals("job.updated"))
					.map(r -> r.data().get("job_uuid").asString())
					.distinct()).hasSize(1000)
					.containsExactlyInAnyOrderElementsOf(observed.stream().map(UUID::toString).toList());
				List<WebhookReceiver.Received> finished = delivered.stream()
					.filter(r -> r.type().equals("batch.finished"))
					.toList();
				assertThat(finished).hasSize(1);
				assertThat(finished.get(0).data().get("changed").asInt()).isEqualTo(1000);
				assertThat(finished.get(0).data().get("state").asString()).isEqualTo("SUCCEEDED");
			}
			finally {
				webhooks.remove(admin, endpoint.id());
			}
		}
	}

	/**
	 * Applies one batch (1,000 jobs: within the request) and returns how long it took.
	 */
	private static long applyBatch(ApiClient api, List<UUID> jobs) {
		Map<String, Object> patches = new LinkedHashMap<>();
		jobs.forEach(job -> patches.put(job.toString(), Map.of("priority", "High", "status", "Scheduled")));
		long started = System.nanoTime();
		ApiClient.Answer answer = api.post("/api/v1/jobs/batch", Map.of("data", Map.of("jobs", patches)));
		long took = (System.nanoTime() - started) / 1_000_000;
		assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
		return took;
	}

}
