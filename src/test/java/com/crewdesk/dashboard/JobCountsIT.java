package com.crewdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.patch.Actor;
import com.crewdesk.patch.JobStatus;
import com.crewdesk.patch.Role;
import com.crewdesk.security.Caller;
import com.crewdesk.support.ApiClient;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.TestJobs;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard reads counts kept by a trigger (V20), not the jobs: after every kind of
 * write (single creates and patches, a batch, delete and restore, statements over many
 * rows, a hard delete, a new time zone) every tile must equal a plain COUNT over the
 * jobs, before and after the changes are folded. Each comparison reads the dashboard and
 * the counts in one snapshot.
 */
@CrewdeskIntegrationTest
class JobCountsIT {

	private static final List<String> TECHNICIANS = List.of("tech@acme.test", "luis@acme.test", "priya@acme.test",
			"sam@acme.test", "");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DashboardReport report;

	@Autowired
	JobCountStore counts;

	@Autowired
	PlatformTransactionManager transactions;

	DemoData demo;

	ApiClient acme;

	TestJobs acmeJobs;

	Caller dispatcher;

	Caller luis;

	@BeforeEach
	void setUp() {
		demo = new DemoData(jdbc);
		acme = new ApiClient(port, "cd_demo_acme_key");
		acmeJobs = new TestJobs(acme, demo);
		dispatcher = new Caller(demo.acme(), Actor.staff(demo.staffId("dispatch@acme.test"), Role.DISPATCHER));
		luis = new Caller(demo.acme(), Actor.staff(demo.staffId("luis@acme.test"), Role.TECHNICIAN));
	}

	@Test
	void everyTileEqualsACountOverTheJobsAfterSinglesABatchDeletesAndRestores() {
		Random random = new Random(11);
		LocalDate today = report.of(dispatcher).today();
		List<TestJobs.Created> jobs = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			jobs.add(acmeJobs.create("Counted " + i, randomPatch(random, today)));
		}
		for (int i = 0; i < 30; i++) {
			acmeJobs.patch(jobs.get(random.nextInt(jobs.size())), randomPatch(random, today));
		}
		Map<String, Object> batch = new LinkedHashMap<>();
		jobs.subList(0, 20).forEach(job -> batch.put(job.uuid(), randomPatch(random, today)));
		ApiClient.Answer batched = acme.post("/api/v1/jobs/batch", Map.of("data", Map.of("jobs", batch)));
		assertThat(batched.status()).as(batched.raw().body()).isEqualTo(200);
		for (TestJobs.Created job : jobs.subList(20, 30)) {
			assertThat(acme.delete("/api/v1/jobs/" + job.uuid()).status()).isEqualTo(200);
		}
		for (TestJobs.Created job : jobs.subList(20, 25)) {
			assertThat(acme.post("/api/v1/jobs/" + job.uuid() + "/restore", Map.of()).status()).isEqualTo(200);
		}

		assertEveryTileEqualsTheCount(dispatcher);
		assertEveryTileEqualsTheCount(luis);
		counts.compact();
		assertEveryTileEqualsTheCount(dispatcher);
		assertEveryTileEqualsTheCount(luis);
	}

	@Test
	void statementsOverManyRowsAHardDeleteAndANewTimeZoneKeepTheCountsExact() {
		long acmeId = demo.acme();
		String zoneBefore = jdbc.sql("SELECT time_zone FROM companies WHERE id = :c")
			.param("c", acmeId)
			.query(String.class)
			.single();
		jdbc.sql("""
				INSERT INTO jobs (uuid, company_id, job_number, title, customer_id, status, assigned_to_user_id,
				                  scheduled_date, created_at, completed_at)
				SELECT gen_random_uuid(), company_id, 'JOB-9' || lpad(CAST(id AS text), 8, '0'), 'Copied', customer_id,
				       status, assigned_to_user_id, scheduled_date, created_at - interval '3 days', completed_at
				FROM jobs WHERE company_id = :c AND id % 10 = 3 AND deleted_at IS NULL""").param("c", acmeId).update();
		jdbc.sql("""
				UPDATE jobs SET status = 'Complete', completed_at = now() - interval '20 hours'
				WHERE company_id = :c AND title = 'Copied' AND id % 3 = 0""").param("c", acmeId).update();
		jdbc.sql("UPDATE jobs SET deleted_at = now() WHERE company_id = :c AND title = 'Copied' AND id % 3 = 1")
			.param("c", acmeId)
			.update();
		assertEveryTileEqualsTheCount(dispatcher);
		try {
			// 20 hours ago is often yesterday in Kiritimati (UTC+14) but today in UTC.
			jdbc.sql("UPDATE companies SET time_zone = 'Pacific/Kiritimati' WHERE id = :c").param("c", acmeId).update();
			assertEveryTileEqualsTheCount(dispatcher);
			counts.compact();
			assertEveryTileEqualsTheCount(dispatcher);
		}
		finally {
			jdbc.sql("UPDATE companies SET time_zone = :z WHERE id = :c")
				.param("z", zoneBefore)
				.param("c", acmeId)
				.update();
		}
		// The copies go (live and deleted ones), so later tests see Acme's own jobs.
		jdbc.sql("DELETE FROM jobs WHERE company_id = :c AND title = 'Copied'").param("c", acmeId).update();
		assertEveryTileEqualsTheCount(dispatcher);
		assertEveryTileEqualsTheCount(luis);
	}

	private static Map<String, Object> randomPatch(Random random, LocalDate today) {
		Map<String, Object> patch = new HashMap<>();
		JobStatus[] statuses = JobStatus.values();
		patch.put("status", statuses[random.nextInt(statuses.length)].label());
		patch.put("worker", TECHNICIANS.get(random.nextInt(TECHNICIANS.size())));
		patch.put("scheduled_date", random.nextInt(6) == 0 ? null : today.plusDays(random.nextInt(20) - 10).toString());
		return patch;
	}

	/** The dashboard and a plain count over the jobs, in one snapshot. */
	private void assertEveryTileEqualsTheCount(Caller caller) {
		TransactionTemplate snapshot = new TransactionTemplate(transactions);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.setReadOnly(true);
		snapshot.executeWithoutResult(status -> {
			Dashboard dashboard = report.of(caller);
			UUID only = caller.jobsLimitedTo();
			Map<String, Long> byStatus = new HashMap<>();
			dashboard.statuses().forEach(s -> byStatus.put(s.value().status(), s.value().count()));
			assertThat(byStatus).as("jobs by status").isEqualTo(countByStatus(caller.companyId(), only));
			if (only != null) {
				return;
			}
			LocalDate today = dashboard.today();
			String open = "deleted_at IS NULL AND status NOT IN ('Complete', 'Invoiced', 'Ready to Invoice')";
			assertThat(dashboard.unassigned().value().open()).as("unassigned")
				.isEqualTo(count("assigned_to_user_id IS NULL AND " + open, caller, today));
			assertThat(dashboard.unassigned().value().scheduledSoon()).as("unassigned in the next 7 days")
				.isEqualTo(count(
						"assigned_to_user_id IS NULL AND scheduled_date BETWEEN :today AND :today + 7 AND " + open,
						caller, today));
			assertThat(dashboard.overdue().value()).as("overdue")
				.isEqualTo(count("scheduled_date < :today AND " + open, caller, today));
			dashboard.technicians()
				.forEach(t -> assertThat(t.value().jobs()).as("today for " + t.value().name())
					.isEqualTo(count("deleted_at IS NULL AND scheduled_date = :today AND assigned_to_user_id = '"
							+ t.value().id() + "'", caller, today)));
			String zone = jdbc.sql("SELECT time_zone FROM companies WHERE id = :c")
				.param("c", caller.companyId())
				.query(String.class)
				.single();
			dashboard.chart().groups().forEach(week -> {
				assertThat(week.created().value()).as("created in the week of " + week.monday())
					.isEqualTo(countInWeek("created_at", zone, week.monday(), caller));
				assertThat(week.completed().value()).as("completed in the week of " + week.monday())
					.isEqualTo(countInWeek("completed_at", zone, week.monday(), caller));
			});
		});
	}

	private Map<String, Long> countByStatus(long company, UUID only) {
		Map<String, Long> counts = new HashMap<>();
		for (JobStatus status : JobStatus.values()) {
			counts.put(status.label(), 0L);
		}
		jdbc.sql("""
				SELECT status, count(*) AS n FROM jobs
				WHERE company_id = :company AND deleted_at IS NULL
				  AND (CAST(:only AS uuid) IS NULL OR assigned_to_user_id = :only)
				GROUP BY status""")
			.param("company", company)
			.param("only", only)
			.query((rs, row) -> counts.put(rs.getString("status"), rs.getLong("n")))
			.list();
		return counts;
	}

	private long count(String condition, Caller caller, LocalDate today) {
		return jdbc.sql("SELECT count(*) FROM jobs WHERE company_id = :company AND " + condition)
			.param("company", caller.companyId())
			.param("today", today)
			.query(Long.class)
			.single();
	}

	private long countInWeek(String column, String zone, LocalDate monday, Caller caller) {
		return jdbc.sql("""
				SELECT count(*) FROM jobs
				WHERE company_id = :company AND deleted_at IS NULL
				  AND %1$s >= CAST(:from AS timestamp) AT TIME ZONE :zone
				  AND %1$s < CAST(:to AS timestamp) AT TIME ZONE :zone""".formatted(column))
			.param("company", caller.companyId())
			.param("zone", zone)
			.param("from", monday.atStartOfDay())
			.param("to", monday.plusWeeks(1).atStartOfDay())
			.query(Long.class)
			.single();
	}

}
