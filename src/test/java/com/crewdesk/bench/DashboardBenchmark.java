package com.crewdesk.bench;

import com.crewdesk.support.AcrossCompaniesOnTestThreads;
import org.junit.jupiter.api.extension.ExtendWith;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test: measures the dashboard on 1,000,000 Acme jobs. Runs only when asked:
 * <pre>./mvnw verify -Dit.test=DashboardBenchmark -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dcrewdesk.bench=true</pre>
 * Prints, for a dispatcher's and a technician's dashboard, the server's query time
 * (Server-Timing "db": every number of the page) and the full request time, median and
 * p95 over 30 runs after 5 warm-ups; checks the kept counts (V20) against a count over
 * the jobs and prints the plan of the technician's agenda
 * ({@code -Dcrewdesk.bench.plans=true} adds the plans of the counts).
 */
@EnabledIfSystemProperty(named = "crewdesk.bench", matches = "true")
@ExtendWith(AcrossCompaniesOnTestThreads.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "crewdesk.demo.acme-jobs=1000000", "crewdesk.demo.enabled=true",
				"crewdesk.embedded.data-dir=${crewdesk.bench.data-dir:}", "logging.level.org.flywaydb=WARN" })
@ActiveProfiles("test")
class DashboardBenchmark {

	private static final int WARM_UP = 5;

	private static final int RUNS = 30;

	private static final double TARGET_MS = 50;

	private static final Pattern DB_TIME = Pattern.compile("db;dur=([0-9.]+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void dashboard() {
		jdbc.sql("VACUUM ANALYZE jobs").update();
		// What the compactor does every 30 s: fold the changes the load's recount
		// appended.
		jdbc.sql("SELECT job_counts_compact()").query(Long.class).single();
		jdbc.sql("VACUUM ANALYZE job_counts").update();
		long jobs = jdbc
			.sql("SELECT count(*) FROM jobs j JOIN companies c ON c.id = j.company_id "
					+ "WHERE c.name = 'Acme Roofing'")
			.query(Long.class)
			.single();
		Map<String, WebSession> sessions = new LinkedHashMap<>();
		sessions.put("dispatcher dashboard", WebSession.loggedIn(port, "dispatch@acme.test", "dispatch"));
		sessions.put("technician dashboard", WebSession.loggedIn(port, "tech@acme.test", "tech"));
		System.out.printf(Locale.ROOT, "%n=== Dashboard benchmark: %,d Acme jobs, %d runs, %d cores ===%n", jobs, RUNS,
				Runtime.getRuntime().availableProcessors());
		System.out.printf(Locale.ROOT, "%-24s %12s %12s %14s %14s%n", "scenario", "db median", "db p95", "total median",
				"total p95");
		for (Map.Entry<String, WebSession> scenario : sessions.entrySet()) {
			List<Double> db = new ArrayList<>();
			List<Double> total = new ArrayList<>();
			for (int run = 0; run < WARM_UP + RUNS; run++) {
				long started = System.nanoTime();
				HttpResponse<String> response = scenario.getValue().get("/", Map.of());
				double elapsed = (System.nanoTime() - started) / 1_000_000.0;
				if (response.statusCode() != 200 || !response.body().contains("id=\"status-counts\"")) {
					throw new IllegalStateException("/ answered " + response.statusCode());
				}
				if (run >= WARM_UP) {
					db.add(serverTime(response));
					total.add(elapsed);
				}
			}
			double median = percentile(db, 50);
			System.out.printf(Locale.ROOT, "%-24s %9.2f ms %9.2f ms %11.2f ms %11.2f ms%s%n", scenario.getKey(), median,
					percentile(db, 95), percentile(total, 50), percentile(total, 95),
					median > TARGET_MS ? "  SLOW" : "");
		}
		long acme = jdbc.sql("SELECT id FROM companies WHERE name = 'Acme Roofing'").query(Long.class).single();
		checkCounts(acme);
		printPlans(acme);
	}

	/**
	 * The kept counts (V20) against a plain count over the jobs, per status: the load's
	 * COPY skips triggers, so the loader rebuilt them.
	 */
	private void checkCounts(long acme) {
		String kept = """
				SELECT status, sum(n) FROM (SELECT status, n FROM job_counts WHERE company_id = :c AND facet = 'status'
				  UNION ALL SELECT status, n FROM job_count_changes WHERE company_id = :c AND facet = 'status') k
				GROUP BY status ORDER BY status""";
		String counted = """
				SELECT status, count(*) FROM jobs WHERE company_id = :c AND deleted_at IS NULL
				GROUP BY status ORDER BY status""";
		List<String> fromCounts = jdbc.sql(kept)
			.param("c", acme)
			.query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2))
			.list();
		List<String> fromJobs = jdbc.sql(counted)
			.param("c", acme)
			.query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2))
			.list();
		System.out.println("kept counts per status:   " + fromCounts);
		System.out.println("counted over jobs:        " + fromJobs);
		if (!fromCounts.equals(fromJobs)) {
			throw new IllegalStateException("the kept counts differ from the jobs");
		}
		System.out.println("kept count rows: " + jdbc.sql("SELECT count(*) FROM job_counts WHERE company_id = :c")
			.param("c", acme)
			.query(Long.class)
			.single());
	}

	private void printPlans(long acme) {
		String tech = jdbc.sql("SELECT id FROM staff_users WHERE email = 'tech@acme.test'")
			.query(String.class)
			.single();
		List<String> plans = new ArrayList<>(List.of("""
				SELECT j.job_number, j.title, j.status, j.scheduled_date, j.scheduled_time_start, j.scheduled_time_end,
				       c.list_name
				FROM jobs j LEFT JOIN customers c ON c.company_id = j.company_id AND c.id = j.customer_id
				WHERE j.company_id = %1$d AND j.deleted_at IS NULL AND j.assigned_to_user_id = '%2$s'
				  AND j.scheduled_date BETWEEN current_date AND current_date + 7
				ORDER BY j.scheduled_date, j.scheduled_time_start NULLS LAST, j.job_number LIMIT 200"""));
		if (Boolean.getBoolean("crewdesk.bench.plans")) {
			plans.addAll(List.of(
					"""
							SELECT status, sum(n) FROM (SELECT status, n FROM job_counts WHERE company_id = %1$d AND facet = 'status'
							  UNION ALL SELECT status, n FROM job_count_changes WHERE company_id = %1$d AND facet = 'status') k
							GROUP BY status""",
					"""
							SELECT sum(n) FROM (SELECT n, status, day FROM job_counts WHERE company_id = %1$d AND facet = 'day'
							  UNION ALL SELECT n, status, day FROM job_count_changes WHERE company_id = %1$d AND facet = 'day') k
							WHERE day < current_date AND status NOT IN ('Complete', 'Invoiced', 'Ready to Invoice')"""));
		}
		for (String sql : plans) {
			System.out.println("\n--- " + sql.formatted(acme, tech));
			jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql.formatted(acme, tech))
				.query(String.class)
				.list()
				.forEach(System.out::println);
		}
	}

	private static double serverTime(HttpResponse<String> response) {
		Matcher matcher = DB_TIME.matcher(String.join(",", response.headers().allValues("Server-Timing")));
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
	}

	private static double percentile(List<Double> values, int percentile) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
