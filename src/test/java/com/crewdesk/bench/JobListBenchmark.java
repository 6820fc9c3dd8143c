package com.crewdesk.bench;

import com.crewdesk.jobs.list.JobListPlans;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * Not a test: measures the jobs list on 1,000,000 Acme jobs. Runs only when asked
 * (README, "Benchmark"):
 * <pre>./mvnw -o verify -Dit.test=JobListBenchmark -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dcrewdesk.bench=true</pre>
 * Boots the app on a throw-away embedded PostgreSQL (set crewdesk.bench.data-dir to keep
 * the loaded database between runs), then prints, per scenario, the server's query time
 * (Server-Timing "db": page + capped count) and the full request time seen by the client,
 * median and p95 over 30 runs after 5 warm-ups; then the throughput of the
 * status-filtered fragment with 8 concurrent clients. Plans of slow scenarios are
 * printed.
 */
@EnabledIfSystemProperty(named = "crewdesk.bench", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "crewdesk.demo.acme-jobs=1000000", "crewdesk.demo.enabled=true",
				"crewdesk.embedded.data-dir=${crewdesk.bench.data-dir:}",
				// Counting time as in production (application.properties); the test
				// profile lifts it.
				"crewdesk.list.count-budget=10ms", "logging.level.org.flywaydb=WARN" })
@ActiveProfiles("test")
class JobListBenchmark {

	private static final int WARM_UP = 5;

	private static final int RUNS = 30;

	private static final double TARGET_MS = 25;

	private static final Pattern DB_TIME = Pattern.compile("db;dur=([0-9.]+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void jobsList() throws Exception {
		jdbc.sql("VACUUM ANALYZE jobs").update();
		long acme = jdbc.sql("SELECT id FROM companies WHERE name = 'Acme Roofing'").query(Long.class).single();
		long jobs = jdbc.sql("SELECT count(*) FROM jobs WHERE company_id = :c")
			.param("c", acme)
			.query(Long.class)
			.single();
		UUID dana = jdbc.sql("SELECT id FROM staff_users WHERE email = 'tech@acme.test'").query(UUID.class).single();
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");

		Map<String, String> scenarios = new LinkedHashMap<>();
		scenarios.put("no filter", "");
		scenarios.put("one status", "status=Scheduled");
		scenarios.put("two statuses", "status=Scheduled&status=New");
		scenarios.put("status + assignee", "status=Scheduled&assignee=" + dana);
		scenarios.put("unassigned + priority", "assignee=unassigned&priority=Emergency");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		scenarios.put("date range (next 7 days)", "from=" + today + "&to=" + today.plusDays(6));
		scenarios.put("search term", "q=skylight");
		scenarios.put("search job number", "q=job-042424");
		scenarios.put("search number digits", "q=4242");
		scenarios.put("search matching nothing", "q=zzqxj");
		scenarios.put("search + status", "q=leak&status=Complete");
		scenarios.put("deep page (200 × 50)", "page=200");
		scenarios.put("show deleted", "deleted=true");
		for (String sort : List.of("number", "title", "customer", "status", "priority", "assignee", "scheduled",
				"amount", "updated")) {
			scenarios.put("sort " + sort + " asc", "sort=" + sort + "&dir=asc");
			scenarios.put("sort " + sort + " desc", "sort=" + sort + "&dir=desc");
		}

		System.out.printf(Locale.ROOT, "%n=== Jobs list benchmark: %,d Acme jobs, %d runs per scenario, %d cores ===%n",
				jobs, RUNS, Runtime.getRuntime().availableProcessors());
		System.out.printf(Locale.ROOT, "%-28s %12s %12s %14s %14s %8s%n", "scenario", "db median", "db p95",
				"total median", "total p95", "rows");
		List<String> slow = new ArrayList<>();
		for (Map.Entry<String, String> scenario : scenarios.entrySet()) {
			String url = "/jobs?" + scenario.getValue();
			List<Double> db = new ArrayList<>();
			List<Double> total = new ArrayList<>();
			int rows = 0;
			for (int run = 0; run < WARM_UP + RUNS; run++) {
				long started = System.nanoTime();
				HttpResponse<String> response = session.get(url, Map.of("HX-Request", "true"));
				double elapsed = (System.nanoTime() - started) / 1_000_000.0;
				if (response.statusCode() != 200) {
					throw new IllegalStateException(url + " answered " + response.statusCode());
				}
				if (run >= WARM_UP) {
					db.add(serverTime(response));
					total.add(elapsed);
				}
				rows = response.body().split("class=\"job-row", -1).length - 1;
			}
			double median = percentile(db, 50);
			System.out.printf(Locale.ROOT, "%-28s %9.2f ms %9.2f ms %11.2f ms %11.2f ms %8d%s%n", scenario.getKey(),
					median, percentile(db, 95), percentile(total, 50), percentile(total, 95), rows,
					median > TARGET_MS ? "  SLOW" : "");
			if (median > TARGET_MS || Boolean.getBoolean("crewdesk.bench.plans")) {
				slow.add(scenario.getKey() + " (" + url + ")\n"
						+ JobListPlans.explain(jdbc, acme, null, scenario.getValue()));
			}
		}
		throughput(session, "/jobs?status=Scheduled", 8, 15);
		slow.forEach(plan -> System.out.println("\n--- plan: " + plan));
	}

	private void throughput(WebSession session, String url, int clients, int seconds) throws InterruptedException {
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		for (int i = 0; i < clients; i++) {
			pool.submit(() -> {
				while (System.nanoTime() < until) {
					long started = System.nanoTime();
					HttpResponse<String> response = session.get(url, Map.of("HX-Request", "true"));
					latencies.add((System.nanoTime() - started) / 1_000_000.0);
					(response.statusCode() == 200 ? done : failed).incrementAndGet();
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
		System.out.printf(Locale.ROOT,
				"%nThroughput %s, %d concurrent clients, %d s: %.1f req/s (%d ok, %d failed), "
						+ "latency median %.1f ms, p95 %.1f ms%n",
				url, clients, seconds, done.get() / (double) seconds, done.get(), failed.get(),
				percentile(latencies, 50), percentile(latencies, 95));
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
