package com.crewdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.ApiClient.Answer;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Batch edits through HTTP (P16): all-or-nothing, tenant isolation, history,
 * notifications, background runs.
 */
@CrewdeskIntegrationTest
class JobBatchApiIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestJobs testJobs;

	@Autowired
	JobBatchRunner runner;

	ApiClient acme;

	DemoData demo;

	@BeforeEach
	void setUp() {
		acme = new ApiClient(port, "cd_demo_acme_key");
		demo = new DemoData(jdbc);
	}

	static Map<String, Object> batch(Map<String, Object> jobs, boolean notify) {
		return Map.of("data", Map.of("jobs", jobs, "notify", notify));
	}

	@Test
	void thousandJobBatchAssignsAndSetsStatusWithHistory() {
		List<UUID> jobs = testJobs.create(1000, "batch-1000");
		UUID sam = demo.staffId("sam@acme.test");
		Map<String, Object> patches = new LinkedHashMap<>();
		jobs.forEach(job -> patches.put(job.toString(), Map.of("worker", "sam@acme.test", "status", "Scheduled")));
		long notificationsBefore = demo.notifications(sam);

		Answer answer = acme.post("/api/v1/jobs/batch", batch(patches, true));

		assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
		assertThat(answer.data().get("changed").asInt()).isEqualTo(1000);
		assertThat(count("SELECT count(*) FROM jobs WHERE title = 'batch-1000' AND assigned_to_user_id = :sam "
				+ "AND status = 'Scheduled' AND version = 1", sam))
			.isEqualTo(1000);
		assertThat(count(
				"SELECT count(*) FROM job_history h JOIN jobs j ON j.id = h.job_id WHERE j.title = 'batch-1000' "
						+ "AND h.channel = 'api' AND h.field IN ('assigned_to_user_id', 'status') AND :x IS NOT NULL",
				sam))
			.isEqualTo(2000);
		assertThat(demo.notifications(sam)).as("one summary per technician per batch")
			.isEqualTo(notificationsBefore + 1);
	}

	@Test
	void aBatchWritesEveryKindOfColumnFaithfully() {
		List<UUID> jobs = testJobs.create(2, "batch-kinds");
		Map<String, Object> patch = new LinkedHashMap<>();
		patch.put("description", null);
		patch.put("scheduled_date", "2027-02-03");
		patch.put("scheduled_time_start", "08:30");
		patch.put("scheduled_time_end", "10:15");
		patch.put("estimated_amount", 1234.5);
		patch.put("is_urgent", true);
		patch.put("coordinates", Map.of("lat", 39.7392, "lng", -104.9903));
		patch.put("paid_at", "2026-11-20T10:00:00Z");
		patch.put("custom_fields", List.of(Map.of("key", "PO_Number", "val", "PO-'quoted', \"and\" {braces}")));
		patch.put("internal_notes", "line one\nline two, with a comma");
		Map<String, Object> patches = new LinkedHashMap<>();
		jobs.forEach(job -> patches.put(job.toString(), patch));

		Answer answer = acme.post("/api/v1/jobs/batch", batch(patches, false));

		assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
		for (UUID job : jobs) {
			Map<String, Object> row = jdbc
				.sql("""
						SELECT description, scheduled_date::text AS day, scheduled_time_start::text AS start_time,
						  scheduled_time_end::text AS end_time, estimated_amount::text AS amount, is_urgent, latitude::text AS lat,
						  longitude::text AS lng, paid_at = TIMESTAMPTZ '2026-11-20 10:00:00Z' AS paid, custom_fields->0->>'val' AS po,
						  internal_notes, version
						FROM jobs WHERE uuid = :u""")
				.param("u", job)
				.query()
				.singleRow();
			assertThat(row).containsEntry("description", null)
				.containsEntry("day", "2027-02-03")
				.containsEntry("start_time", "08:30:00")
				.containsEntry("end_time", "10:15:00")
				.containsEntry("amount", "1234.50")
				.containsEntry("is_urgent", true)
				.containsEntry("lat", "39.739200")
				.containsEntry("lng", "-104.990300")
				.containsEntry("paid", true)
				.containsEntry("po", "PO-'quoted', \"and\" {braces}")
				.containsEntry("internal_notes", "line one\nline two, with a comma")
				.containsEntry("version", 1L);
		}
	}

	@Test
	void oneBadJobLeavesAllThousandUnchanged() {
		List<UUID> jobs = testJobs.create(1000, "batch-bad");
		Map<String, Object> patches = new LinkedHashMap<>();
		jobs.forEach(job -> patches.put(job.toString(), Map.of("priority", "High")));
		patches.put(jobs.get(500).toString(), Map.of("priority", "Whenever"));

		Answer answer = acme.post("/api/v1/jobs/batch", batch(patches, false));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("errors").has(jobs.get(500) + ".priority")).isTrue();
		assertThat(answer.json().get("jobs").get(jobs.get(500).toString()).has("priority")).isTrue();
		assertThat(
				count("SELECT count(*) FROM jobs WHERE title = 'batch-bad' AND (priority <> 'Normal' OR version <> 0) "
						+ "AND :x IS NOT NULL", UUID.randomUUID()))
			.isZero();
	}

	@Test
	void batchThatMixesInAnotherCompanysJobIsRefusedWhole() {
		List<UUID> jobs = testJobs.create(3, "batch-mixed");
		UUID boltJob = jdbc
			.sql("SELECT j.uuid FROM jobs j JOIN companies c ON c.id = j.company_id "
					+ "WHERE c.name = 'Bolt Plumbing' LIMIT 1")
			.query(UUID.class)
			.single();
		Map<String, Object> patches = new LinkedHashMap<>();
		jobs.forEach(job -> patches.put(job.toString(), Map.of("title", "hijacked?")));
		patches.put(boltJob.toString(), Map.of("title", "hijacked?"));

		Answer answer = acme.post("/api/v1/jobs/batch", batch(patches, false));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("jobs").get(boltJob.toString()).get("job").get(0).asString())
			.isEqualTo("not found");
		assertThat(count("SELECT count(*) FROM jobs WHERE title = 'hijacked?' AND :x IS NOT NULL", boltJob)).isZero();
	}

	@Test
	void badBatchBodiesAre400s() {
		assertThat(acme.post("/api/v1/jobs/batch", Map.of("jobs", Map.of())).status()).isEqualTo(400);
		assertThat(acme.post("/api/v1/jobs/batch", Map.of("data", Map.of("jobs", Map.of()))).status()).isEqualTo(400);
		Answer badKey = acme.post("/api/v1/jobs/batch", batch(Map.of("not-a-uuid", Map.of("title", "x")), true));
		assertThat(badKey.status()).isEqualTo(400);
		assertThat(badKey.json().get("errors").has("data.jobs.not-a-uuid")).isTrue();
		assertThat(acme
			.post("/api/v1/jobs/batch?async=perhaps", batch(Map.of(UUID.randomUUID().toString(), Map.of()), true))
			.status()).isEqualTo(400);
	}

	@Test
	void asyncBatchReportsProgressAndFinishes() {
		List<UUID> jobs = testJobs.create(2500, "batch-async");
		Map<String, Object> patches = new LinkedHashMap<>();
		jobs.forEach(job -> patches.put(job.toString(), Map.of("priority", "Low", "is_urgent", true)));

		Answer accepted = acme.post("/api/v1/jobs/batch?async=true", batch(patches, false));

		assertThat(accepted.status()).isEqualTo(202);
		String location = accepted.header("Location");
		assertThat(location).startsWith("/api/v1/jobs/batches/");
		assertThat(accepted.data().get("total").asInt()).isEqualTo(2500);
		List<Integer> progress = new ArrayList<>();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
			Answer status = acme.get(location);
			progress.add(status.data().get("done").asInt());
			return status.data().get("state").asString().equals("SUCCEEDED");
		});
		assertThat(progress).isSorted();
		assertThat(acme.get(location).data().get("done").asInt()).isEqualTo(2500);
		assertThat(count("SELECT count(*) FROM jobs WHERE title = 'batch-async' AND priority = 'Low' AND is_urgent "
				+ "AND :x IS NOT NULL", UUID.randomUUID()))
			.isEqualTo(2500);
	}

	@Test
	void failingAsyncBatchEndsFailedWithNothingApplied() {
		List<UUID> jobs = testJobs.create(1200, "batch-async-bad");
		Map<String, Object> patches = new LinkedHashMap<>();
		jobs.forEach(job -> patches.put(job.toString(), Map.of("priority", "High")));
		patches.put(jobs.get(1100).toString(), Map.of("title", ""));

		Answer accepted = acme.post("/api/v1/jobs/batch", batch(patches, false));

		assertThat(accepted.status()).as("more than 1,000 jobs go to the background").isEqualTo(202);
		String location = accepted.header("Location");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> acme.get(location).data().get("state").asString().equals("FAILED"));
		Answer status = acme.get(location);
		assertThat(status.data().get("errors").get(jobs.get(1100).toString()).has("title")).isTrue();
		assertThat(count(
				"SELECT count(*) FROM jobs WHERE title = 'batch-async-bad' AND priority = 'High' AND :x IS NOT NULL",
				UUID.randomUUID()))
			.isZero();
		assertThat(new ApiClient(port, "cd_demo_bolt_key").get(location).status()).as("tenant scoped").isEqualTo(404);
	}

	@Test
	void batchInterruptedByARestartEndsFailed() {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO job_batches (id, company_id, channel, state, total, done, request) "
				+ "VALUES (:id, :c, 'api', 'RUNNING', 10, 4, '{}')")
			.param("id", id)
			.param("c", demo.acme())
			.update();

		runner.run(null);

		Answer status = acme.get("/api/v1/jobs/batches/" + id);
		assertThat(status.data().get("state").asString()).isEqualTo("FAILED");
		assertThat(status.data().get("summary").asString()).contains("nothing was applied");
	}

	private long count(String sql, UUID param) {
		return jdbc.sql(sql).param("sam", param).param("x", param).query(Long.class).single();
	}

}
