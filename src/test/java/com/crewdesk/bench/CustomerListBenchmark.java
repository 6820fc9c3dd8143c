package com.crewdesk.bench;

import com.crewdesk.support.AcrossCompaniesOnTestThreads;
import org.junit.jupiter.api.extension.ExtendWith;
import com.crewdesk.support.WebSession;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * Not a test: measures the customers list on 100,000 Acme customers with 1,000,000 jobs,
 * and the page of a customer with 2,000 jobs. Runs only when asked, like
 * JobListBenchmark:
 * <pre>./mvnw verify -Dit.test=CustomerListBenchmark -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dcrewdesk.bench=true</pre>
 * Sends every scenario 40 times first (a warm server), then prints per scenario the
 * server's query time (Server-Timing "db"), the server's time for the whole request and
 * the time the client waited, median over 30 runs, for the full page and for the results
 * an htmx request (typing, a filter) gets. Targets: list ≤ 25 ms, page ≤ 50 ms.
 */
@EnabledIfSystemProperty(named = "crewdesk.bench", matches = "true")
@ExtendWith(AcrossCompaniesOnTestThreads.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "crewdesk.demo.acme-jobs=1000000", "crewdesk.demo.acme-customers=100000",
				"crewdesk.demo.enabled=true", "crewdesk.embedded.data-dir=${crewdesk.bench.data-dir:}",
				"crewdesk.list.count-budget=10ms", "logging.level.org.flywaydb=WARN" })
@ActiveProfiles("test")
class CustomerListBenchmark {

	private static final int WARM_UP = 5;

	private static final int RUNS = 30;

	private static final int WARM_UP_ROUNDS = 40;

	private static final int PAGE_CUSTOMER_JOBS = 2_000;

	private static final Map<String, String> HTMX = Map.of("HX-Request", "true");

	private static final Pattern DB_TIME = Pattern.compile("db;dur=([0-9.]+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Test
	void customersListAndPage() {
		jdbc.sql("VACUUM ANALYZE customers").update();
		Map<String, Object> sample = jdbc.sql("""
				SELECT last_name, email, phone FROM customers
				WHERE company_id = (SELECT id FROM companies WHERE name = 'Acme Roofing') ORDER BY id LIMIT 1""")
			.query()
			.singleRow();
		UUID busiest = jdbc.sql("SELECT customer_id FROM jobs GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1")
			.query(UUID.class)
			.single();
		int busiestJobs = givenJobs(busiest, PAGE_CUSTOMER_JOBS);
		String email = (String) sample.get("email");
		String digits = ((String) sample.get("phone")).replaceAll("\\D", "");
		Map<String, String> scenarios = new LinkedHashMap<>();
		scenarios.put("no filter", "/customers");
		scenarios.put("name fragment", "/customers?q=" + ((String) sample.get("last_name")).substring(0, 4));
		scenarios.put("email fragment", "/customers?q=" + email.substring(0, email.indexOf('@')));
		scenarios.put("phone fragment", "/customers?q=" + digits.substring(digits.length() - 6));
		scenarios.put("filter: commercial", "/customers?type=Commercial");
		scenarios.put("customer page (%,d jobs)".formatted(busiestJobs), "/customers/" + busiest);
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		// A server that has answered for a while: the JIT has compiled the templates' and
		// the rows' code (the first few hundred requests of a fresh JVM are 2–5× slower).
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			scenarios.values().forEach(url -> {
				session.get(url);
				session.get(url, HTMX);
			});
		}
		System.out.printf(Locale.ROOT,
				"%n=== Customers benchmark, %d runs per scenario after %d warm-up rounds " + "(load %s) ===%n", RUNS,
				WARM_UP_ROUNDS, JobListBenchmark.loadAverage());
		System.out.printf(Locale.ROOT, "%-28s %-8s %12s %15s %16s%n", "scenario", "answer", "db median",
				"server median", "request median");
		scenarios.forEach((name, url) -> {
			measure(session, name, "page", url, Map.of());
			if (!url.startsWith("/customers/")) {
				// What typing in the search box or changing a filter asks for.
				measure(session, name, "results", url, HTMX);
			}
		});
	}

	private void measure(WebSession session, String name, String answer, String url, Map<String, String> headers) {
		List<Double> db = new ArrayList<>();
		List<Double> server = new ArrayList<>();
		List<Double> total = new ArrayList<>();
		for (int run = 0; run < WARM_UP + RUNS; run++) {
			Timer timer = serverTimer(url);
			long countBefore = timer == null ? 0 : timer.count();
			double timeBefore = timer == null ? 0 : timer.totalTime(TimeUnit.MILLISECONDS);
			long started = System.nanoTime();
			HttpResponse<String> response = session.get(url, headers);
			if (response.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + response.statusCode());
			}
			if (run >= WARM_UP) {
				total.add((System.nanoTime() - started) / 1_000_000.0);
				Matcher time = DB_TIME.matcher(response.headers().firstValue("Server-Timing").orElse(""));
				db.add(time.find() ? Double.parseDouble(time.group(1)) : Double.NaN);
				server.add(serverMillis(timer, countBefore, timeBefore));
			}
		}
		System.out.printf(Locale.ROOT, "%-28s %-8s %9.2f ms %12.2f ms %13.2f ms%n", name, answer, median(db),
				median(server), median(total));
	}

	/**
	 * The request's own time in the server (Spring's http.server.requests timer, from the
	 * first filter to the last byte), without the client's: the benchmark's HTTP client
	 * shares the JVM and its two cores with the server. The timer is read before and
	 * after the one request in flight; it is recorded just after the response is sent.
	 */
	private Timer serverTimer(String url) {
		String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		return meters.find("http.server.requests")
			.tag("method", "GET")
			.tag("status", "200")
			.timers()
			.stream()
			.filter(timer -> {
				String uri = timer.getId().getTag("uri");
				return uri != null
						&& (uri.equals(path) || path.startsWith("/customers/") && uri.startsWith("/customers/{"));
			})
			.findFirst()
			.orElse(null);
	}

	private static double serverMillis(Timer timer, long countBefore, double timeBefore) {
		if (timer == null) {
			return Double.NaN;
		}
		long waitUntil = System.nanoTime() + 1_000_000_000L;
		while (timer.count() == countBefore && System.nanoTime() < waitUntil) {
			Thread.onSpinWait();
		}
		return timer.count() == countBefore + 1 ? timer.totalTime(TimeUnit.MILLISECONDS) - timeBefore : Double.NaN;
	}

	/**
	 * The customer page has 2,000 jobs; the generated data spreads 1,000,000 jobs
	 * over 100,000 customers (at most a few dozen each), so the busiest customer is given
	 * other customers' jobs until it has that many (once per data set).
	 */
	private int givenJobs(UUID customer, int wanted) {
		int has = jdbc.sql("SELECT count(*) FROM jobs WHERE customer_id = :c")
			.param("c", customer)
			.query(Integer.class)
			.single();
		if (has < wanted) {
			jdbc.sql(
					"""
							UPDATE jobs SET customer_id = :c, location_id = NULL
							WHERE id IN (SELECT j.id FROM jobs j JOIN customers c ON c.id = :c
							             WHERE j.company_id = c.company_id AND j.customer_id <> :c ORDER BY j.id LIMIT :more)""")
				.param("c", customer)
				.param("more", wanted - has)
				.update();
			jdbc.sql("VACUUM ANALYZE jobs").update();
		}
		return Math.max(has, wanted);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(Double::compare);
		return sorted.get(sorted.size() / 2);
	}

}
