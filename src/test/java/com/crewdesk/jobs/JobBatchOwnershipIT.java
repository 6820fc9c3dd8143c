package com.crewdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A runner whose heartbeat went stale may still be at work when another instance fails
 * its batch (or takes it over). It must then apply nothing: the batch stays FAILED, as
 * every other instance already reports it.
 */
@CrewdeskIntegrationTest
class JobBatchOwnershipIT {

	private static final String SWEPT = "Interrupted: the instance running it (stale) stopped; nothing was applied";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TestJobs testJobs;

	@Autowired
	JobBatchRunner runner;

	@Test
	void aBatchFailedByAnotherInstanceBeforeItsOwnerGetsToItIsNotRunAndStaysFailed() {
		List<UUID> jobs = testJobs.create(5, "stale-owner-before");
		UUID batch = runningBatchOfThisInstance(jobs);
		failedByAnotherInstance(batch);

		runner.execute(batch);

		assertFailedWithNothingApplied(batch, jobs);
	}

	@Test
	void aBatchFailedByAnotherInstanceWhileItsOwnerWritesIsRolledBack() throws Exception {
		List<UUID> jobs = testJobs.create(50, "stale-owner-during");
		UUID batch = runningBatchOfThisInstance(jobs);
		try (Connection blocker = dataSource.getConnection(); Statement lock = blocker.createStatement()) {
			// Holds one job, so the owner's write transaction waits midway, as a stalled
			// owner would.
			blocker.setAutoCommit(false);
			lock.execute("SELECT 1 FROM jobs WHERE uuid = '" + jobs.get(30) + "' FOR UPDATE");
			CompletableFuture<Void> owner = CompletableFuture.runAsync(() -> runner.execute(batch));
			await().atMost(Duration.ofSeconds(60))
				.until(() -> jdbc
					.sql("""
							SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%UPDATE jobs%'""")
					.query(Long.class)
					.single() > 0);

			failedByAnotherInstance(batch);
			blocker.rollback();
			owner.get();
		}

		assertFailedWithNothingApplied(batch, jobs);
	}

	@Test
	void aBatchTakenOverByAnotherInstanceIsNotRunByItsFormerOwner() {
		List<UUID> jobs = testJobs.create(5, "stale-owner-taken");
		UUID batch = runningBatchOfThisInstance(jobs);
		jdbc.sql("UPDATE job_batches SET owner_instance = 'another-instance' WHERE id = :id")
			.param("id", batch)
			.update();

		runner.execute(batch);

		assertThat(jdbc.sql("SELECT state FROM job_batches WHERE id = :id")
			.param("id", batch)
			.query(String.class)
			.single()).isEqualTo("RUNNING");
		assertThat(highPriority(jobs)).isZero();
		// Ended as the other instance would end it: left RUNNING, the orphan check would
		// fail it later and send a batch.finished webhook into another test's endpoint.
		failedByAnotherInstance(batch);
	}

	private UUID runningBatchOfThisInstance(List<UUID> jobs) {
		DemoData demo = new DemoData(jdbc);
		long key = jdbc.sql("SELECT id FROM api_keys WHERE company_id = :c ORDER BY id LIMIT 1")
			.param("c", demo.acme())
			.query(Long.class)
			.single();
		Map<String, Object> request = new LinkedHashMap<>();
		jobs.forEach(job -> request.put(job.toString(), Map.of("priority", "High")));
		UUID batch = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO job_batches (id, company_id, api_key_id, channel, state, notify, total, request,
				  owner_instance, heartbeat_at, claims)
				VALUES (:id, :c, :key, 'api', 'RUNNING', false, :total, CAST(:request AS jsonb), :owner, now(), 1)""")
			.param("id", batch)
			.param("c", demo.acme())
			.param("key", key)
			.param("total", jobs.size())
			.param("request", JsonMapper.builder().build().writeValueAsString(request))
			.param("owner", runner.instance())
			.update();
		return batch;
	}

	/** What failOrphans on another instance does once the owner's heartbeat is old. */
	private void failedByAnotherInstance(UUID batch) {
		jdbc.sql("UPDATE job_batches SET state = 'FAILED', finished_at = now(), summary = :summary WHERE id = :id")
			.param("summary", SWEPT)
			.param("id", batch)
			.update();
	}

	private void assertFailedWithNothingApplied(UUID batch, List<UUID> jobs) {
		Map<String, Object> row = jdbc.sql("SELECT state, summary FROM job_batches WHERE id = :id")
			.param("id", batch)
			.query()
			.singleRow();
		assertThat(row.get("state")).isEqualTo("FAILED");
		assertThat(row.get("summary")).isEqualTo(SWEPT);
		assertThat(highPriority(jobs)).isZero();
	}

	private long highPriority(List<UUID> jobs) {
		return jdbc.sql("SELECT count(*) FROM jobs WHERE uuid = ANY(CAST(:jobs AS uuid[])) AND priority = 'High'")
			.param("jobs", jobs.stream().map(UUID::toString).toArray(String[]::new))
			.query(Long.class)
			.single();
	}

}
