package com.crewdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The batch edit panel's server side: selection, preview, all-or-nothing apply,
 * background runs, roles.
 */
@CrewdeskIntegrationTest
class BatchEditIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestJobs testJobs;

	DemoData demo;

	WebSession dispatcher;

	@BeforeEach
	void setUp() {
		demo = new DemoData(jdbc);
		dispatcher = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
	}

	HttpResponse<String> post(WebSession session, String path, List<UUID> ids, Map<String, String> fields) {
		List<Map.Entry<String, String>> form = new ArrayList<>();
		form.add(Map.entry("_csrf", session.csrfToken("/")));
		ids.forEach(id -> form.add(Map.entry("ids", id.toString())));
		form.addAll(fields.entrySet());
		return session.postForm(path, form);
	}

	long count(String sql, String title) {
		return jdbc.sql(sql).param("t", title).query(Long.class).single();
	}

	@Test
	void assigningTickedJobsWritesHistoryAndOneNotificationPerTechnician() {
		List<UUID> jobs = testJobs.create(5, "batch-ui-assign");
		UUID luis = demo.staffId("luis@acme.test");
		long before = demo.notifications(luis);

		HttpResponse<String> response = post(dispatcher, "/jobs/batch/apply", jobs,
				Map.of("assignTo", luis.toString()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("5 jobs assigned to Luis Ortega");
		assertThat(count("SELECT count(*) FROM jobs WHERE title = :t AND assigned_to_user_id IS NOT NULL",
				"batch-ui-assign"))
			.isEqualTo(5);
		assertThat(count(
				"SELECT count(*) FROM job_history h JOIN jobs j ON j.id = h.job_id WHERE j.title = :t AND h.channel = 'batch'",
				"batch-ui-assign"))
			.isEqualTo(5);
		assertThat(demo.notifications(luis)).isEqualTo(before + 1);
	}

	@Test
	void previewCountsAndExplainsWithoutWriting() {
		List<UUID> jobs = testJobs.create(3, "batch-ui-preview");
		jdbc.sql("UPDATE jobs SET deleted_at = now() WHERE uuid = :u").param("u", jobs.get(0)).update();
		jdbc.sql("UPDATE jobs SET priority = 'High' WHERE uuid = :u").param("u", jobs.get(1)).update();

		String body = post(dispatcher, "/jobs/batch/preview", jobs, Map.of("priority", "High")).body();

		assertThat(body).containsPattern("id=\"preview-changing\"><strong>1</strong>");
		assertThat(body).containsPattern("id=\"preview-unchanged\"><strong>1</strong>");
		assertThat(body).containsPattern("id=\"preview-errors\"><strong>1</strong>");
		assertThat(body).contains("was deleted");
		assertThat(count("SELECT count(*) FROM jobs WHERE title = :t AND version > 0", "batch-ui-preview")).isZero();
	}

	@Test
	void aFailingJobRefusesTheWholeBatchThenValidOnlyAppliesTheRest() {
		List<UUID> jobs = testJobs.create(4, "batch-ui-valid-only");
		jdbc.sql("UPDATE jobs SET deleted_at = now() WHERE uuid = :u").param("u", jobs.get(2)).update();

		HttpResponse<String> refused = post(dispatcher, "/jobs/batch/apply", jobs, Map.of("status", "Contacted"));
		assertThat(refused.body()).contains("1 job(s) cannot be changed, so nothing was written.");
		assertThat(count("SELECT count(*) FROM jobs WHERE title = :t AND status = 'Contacted'", "batch-ui-valid-only"))
			.isZero();

		HttpResponse<String> applied = post(dispatcher, "/jobs/batch/apply", jobs,
				Map.of("status", "Contacted", "validOnly", "true"));
		assertThat(applied.body()).contains("3 jobs set to Contacted");
		assertThat(count("SELECT count(*) FROM jobs WHERE title = :t AND status = 'Contacted'", "batch-ui-valid-only"))
			.isEqualTo(3);
	}

	@Test
	void postedIdsOfAnotherCompanyReachNothing() {
		UUID boltJob = jdbc
			.sql("SELECT j.uuid FROM jobs j JOIN companies c ON c.id = j.company_id WHERE c.name = 'Bolt Plumbing' "
					+ "ORDER BY j.id LIMIT 1")
			.query(UUID.class)
			.single();
		long version = demo.version(boltJob);

		String body = post(dispatcher, "/jobs/batch/apply", List.of(boltJob), Map.of("priority", "Low")).body();

		assertThat(body).contains("cannot be changed");
		assertThat(demo.version(boltJob)).isEqualTo(version);
	}

	@Test
	void allMatchingTheFilterIsResolvedOnTheServer() {
		String marker = "bm" + UUID.randomUUID().toString().substring(0, 8);
		testJobs.create(3, marker);

		HttpResponse<String> response = post(dispatcher, "/jobs/batch/apply", List.of(),
				Map.of("all", "true", "filter", "q=" + marker, "priority", "Emergency"));

		assertThat(response.body()).contains("3 jobs updated");
		assertThat(count("SELECT count(*) FROM jobs WHERE title = :t AND priority = 'Emergency'", marker)).isEqualTo(3);
	}

	@Test
	void nothingChosenIsExplained() {
		List<UUID> jobs = testJobs.create(1, "batch-ui-nothing");
		assertThat(post(dispatcher, "/jobs/batch/apply", jobs, Map.of()).body())
			.contains("Choose at least one change.");
	}

	@Test
	void viewersAndTechniciansAreRefusedOnTheServer() {
		List<UUID> jobs = testJobs.create(1, "batch-ui-roles");
		for (String[] login : new String[][] { { "viewer@acme.test", "viewer" }, { "tech@acme.test", "tech" } }) {
			WebSession session = WebSession.loggedIn(port, login[0], login[1]);
			assertThat(post(session, "/jobs/batch/apply", jobs, Map.of("priority", "Low")).statusCode()).as(login[0])
				.isEqualTo(403);
		}
		assertThat(count("SELECT count(*) FROM jobs WHERE title = :t AND version > 0", "batch-ui-roles")).isZero();
	}

	@Test
	void largeSelectionRunsInTheBackgroundWithAProgressPage() {
		List<UUID> jobs = testJobs.create(JobBatchService.MAX_SYNCHRONOUS + 100, "batch-ui-background");

		HttpResponse<String> response = post(dispatcher, "/jobs/batch/apply", jobs, Map.of("priority", "High"));

		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/jobs/batches/");
		String path = location.substring(location.indexOf("/jobs/batches/"));
		await().atMost(Duration.ofSeconds(60)).until(() -> dispatcher.get(path).body().contains(">Done<"));
		String page = dispatcher.get(path).body();
		assertThat(page).contains((JobBatchService.MAX_SYNCHRONOUS + 100) + " job(s) changed");
		assertThat(page).contains("id=\"batch-changed-jobs\"");
		assertThat(WebSession.loggedIn(port, "admin@bolt.test", "admin").get(path).statusCode()).isEqualTo(404);
	}

}
