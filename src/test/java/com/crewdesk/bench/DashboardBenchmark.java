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
 * p95 over 30 runs after 5 warm-ups, and the plans of the dashboard's queries.
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
		if (Boolean.getBoolean("crewdesk.bench.plans")) {
			printPlans();
		}
	}

	private void printPlans() {
		long acme = jdbc.sql("SELECT id FROM companies WHERE name = 'Acme Roofing'").query(Long.class).single();
		for (String sql : List.of(
				"SELECT status, count(*) FROM jobs WHERE company_id = %d AND deleted_at IS NULL GROUP BY status",
				"SELECT count(*) FROM jobs WHERE company_id = %d AND assigned_to_user_id IS NULL AND deleted_at IS NULL "
						+ "AND status NOT IN ('Complete', 'Invoiced', 'Ready to Invoice')",
				"SELECT count(*) FROM jobs WHERE company_id = %d AND scheduled_date < current_date AND deleted_at IS NULL "
						+ "AND status NOT IN ('Complete', 'Invoiced', 'Ready to Invoice')",
				"SELECT date_trunc('week', created_at), count(*) FROM jobs WHERE company_id = %d AND deleted_at IS NULL "
						+ "AND created_at >= now() - interval '12 weeks' GROUP BY 1")) {
			System.out.println("\n--- " + sql.formatted(acme));
			jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql.formatted(acme))
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
