package com.crewdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.CrewdeskIntegrationTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints how long writes take over HTTP on the demo data (a benchmark, not a test: it
 * asserts only that the calls succeed). Run with:
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=JobWriteBenchmark -Dcrewdesk.bench=true}
 */
@CrewdeskIntegrationTest
@EnabledIfSystemProperty(named = "crewdesk.bench", matches = "true")
class JobWriteBenchmark {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void singlePatchRoundTrip() {
		ApiClient api = new ApiClient(port, "cd_demo_acme_key");
		String job = jdbc
			.sql("SELECT j.uuid FROM jobs j JOIN companies c ON c.id = j.company_id "
					+ "WHERE c.name = 'Acme Roofing' AND j.deleted_at IS NULL ORDER BY j.id LIMIT 1")
			.query(String.class)
			.single();
		for (int i = 0; i < 50; i++) {
			api.patch("/api/v1/jobs/" + job, Map.of("internal_notes", "warm-up " + i));
		}
		List<Long> micros = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			long start = System.nanoTime();
			int status = api
				.patch("/api/v1/jobs/" + job,
						Map.of("internal_notes", "bench " + i, "priority", i % 2 == 0 ? "High" : "Low"))
				.status();
			micros.add((System.nanoTime() - start) / 1000);
			assertThat(status).isEqualTo(200);
		}
		print("PATCH /api/v1/jobs/{uuid} (2 fields, history, version bump), 300 runs", micros);
	}

	@Test
	void thousandJobBatch() {
		ApiClient api = new ApiClient(port, "cd_demo_acme_key");
		List<String> jobs = jdbc
			.sql("SELECT j.uuid FROM jobs j JOIN companies c ON c.id = j.company_id "
					+ "WHERE c.name = 'Acme Roofing' AND j.deleted_at IS NULL ORDER BY j.id LIMIT 1000")
			.query(String.class)
			.list();
		List<String> technicians = List.of("tech@acme.test", "luis@acme.test", "priya@acme.test", "sam@acme.test");
		List<Long> micros = new ArrayList<>();
		for (int run = 0; run < 12; run++) {
			Map<String, Object> patches = new LinkedHashMap<>();
			String worker = technicians.get(run % technicians.size());
			String status = run % 2 == 0 ? "Scheduled" : "Contacted";
			jobs.forEach(job -> patches.put(job, Map.of("worker", worker, "status", status)));
			long start = System.nanoTime();
			ApiClient.Answer answer = api.post("/api/v1/jobs/batch",
					Map.of("data", Map.of("jobs", patches, "notify", true)));
			long elapsed = (System.nanoTime() - start) / 1000;
			assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
			if (run >= 2) {
				micros.add(elapsed);
			}
		}
		print("POST /api/v1/jobs/batch, 1,000 jobs (assign + status, history, notifications), 10 runs", micros);
		assertThat(UUID.fromString(jobs.get(0))).isNotNull();
	}

	private static void print(String what, List<Long> micros) {
		List<Long> sorted = new ArrayList<>(micros);
		Collections.sort(sorted);
		System.out.printf("%n[bench] %s: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms%n", what,
				sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) (sorted.size() * 0.95)) / 1000.0,
				sorted.get(0) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
	}

}
