package com.crewdesk.bench;

import com.crewdesk.support.AcrossCompaniesOnTestThreads;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.WebSession;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
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
 * Not a test: measures the dispatch board on 1,000,000 Acme jobs with 30 technicians and
 * 600 jobs on one day (README, "Benchmarks"):
 * <pre>./mvnw verify -Dit.test=BoardBenchmark -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dcrewdesk.bench=true</pre>
 * Prints median and p95 of the server time (Server-Timing "app": from the request's
 * arrival to the first byte of the answer), the medians of its CPU time (Server-Timing
 * "cpu") and of its queries (Server-Timing "db") and median and p95 of the whole request
 * as the client sees it, for the day board, the week board, a move (patch, history, the
 * two rows drawn again) and "changes since" when nothing changed.
 */
@EnabledIfSystemProperty(named = "crewdesk.bench", matches = "true")
@ExtendWith(AcrossCompaniesOnTestThreads.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "crewdesk.demo.acme-jobs=1000000", "crewdesk.demo.enabled=true",
				"crewdesk.embedded.data-dir=${crewdesk.bench.data-dir:}", "logging.level.org.flywaydb=WARN" })
@ActiveProfiles("test")
class BoardBenchmark {

	private static final LocalDate DAY = LocalDate.of(2029, 10, 17);

	private static final int TECHNICIANS = 30;

	private static final int JOBS_THAT_DAY = 600;

	private static final Pattern APP_TIME = Pattern.compile("app;dur=([0-9.]+)");

	private static final Pattern CPU_TIME = Pattern.compile("cpu;dur=([0-9.]+)");

	private static final Pattern DB_TIME = Pattern.compile("db;dur=([0-9.]+)");

	private static final Pattern POLL = Pattern.compile("hx-get=\"(/board/changes[^\"]+)\"");

	private static final int WARM_UP_ROUNDS = 300;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void board() {
		long acme = jdbc.sql("SELECT id FROM companies WHERE name = 'Acme Roofing'").query(Long.class).single();
		List<UUID> technicians = technicians(acme);
		fillTheWeek(acme, technicians);
		jdbc.sql("VACUUM ANALYZE jobs").update();
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");

		System.out.printf(Locale.ROOT,
				"%n=== Board benchmark: %,d Acme jobs, %d technicians, %d jobs on %s, %d cores ===%n",
				jdbc.sql("SELECT count(*) FROM jobs WHERE company_id = :c").param("c", acme).query(Long.class).single(),
				technicians.size(), JOBS_THAT_DAY, DAY, Runtime.getRuntime().availableProcessors());
		UUID job = jdbc
			.sql("""
					SELECT uuid FROM jobs WHERE company_id = :c AND scheduled_date = :d AND assigned_to_user_id = :t LIMIT 1""")
			.param("c", acme)
			.param("d", DAY)
			.param("t", technicians.get(0))
			.query(UUID.class)
			.single();
		String csrf = session.csrfToken("/board?day=" + DAY);
		int[] run = { 0 };
		Supplier<Sample> move = () -> {
			long version = jdbc.sql("SELECT version FROM jobs WHERE uuid = :u")
				.param("u", job)
				.query(Long.class)
				.single();
			Map<String, String> form = new HashMap<>();
			form.put("_csrf", csrf);
			form.put("day", DAY.toString());
			form.put("job", job.toString());
			form.put("version", Long.toString(version));
			form.put("action", "assign");
			form.put("assignee", technicians.get(run[0]++ % 2).toString());
			form.put("date", DAY.toString());
			form.put("start", run[0] % 3 == 0 ? "10:00" : "14:00");
			return sample(() -> session.postForm("/board/moves", form, Map.of("HX-Request", "true")), 200);
		};
		// A server that has answered for a while: the JIT compiles a method fully only
		// after thousands of calls, so a fresh JVM drew the first boards up to twice as
		// slowly. Each round asks for each of the four measured requests once.
		int warmUpRounds = Integer.getInteger("crewdesk.bench.warm-up", WARM_UP_ROUNDS);
		String changes = pollUrl(session);
		for (int round = 0; round < warmUpRounds; round++) {
			session.get("/board?day=" + DAY);
			session.get("/board?span=week&day=" + DAY);
			session.get(changes, Map.of("HX-Request", "true"));
			move.get();
		}
		System.out.printf(Locale.ROOT, "[bench] after %d warm-up rounds (a day, a week, a poll and a move each)%n",
				warmUpRounds);
		measure("day board (GET /board?day=…)", 50, () -> sample(() -> session.get("/board?day=" + DAY), 200));
		measure("week board (GET /board?span=week&day=…)", 100,
				() -> sample(() -> session.get("/board?span=week&day=" + DAY), 200));
		// A poll drawn after the moves above, so that nothing changed since.
		String unchanged = pollUrl(session);
		measure("changes since, nothing changed", 5,
				() -> sample(() -> session.get(unchanged, Map.of("HX-Request", "true")), 204));
		measure("a move (patch, history, two rows drawn again)", 20, move);
	}

	/** The "changes since" URL of a day board drawn now. */
	private static String pollUrl(WebSession session) {
		Matcher poll = POLL.matcher(session.get("/board?day=" + DAY).body());
		assertThat(poll.find()).isTrue();
		return poll.group(1).replace("&amp;", "&");
	}

	/** Acme's field staff, topped up to 30 technicians. */
	private List<UUID> technicians(long acme) {
		int have = jdbc.sql("SELECT count(*) FROM staff_users WHERE company_id = :c AND role = 'TECHNICIAN' AND active")
			.param("c", acme)
			.query(Integer.class)
			.single();
		for (int i = have; i < TECHNICIANS; i++) {
			jdbc.sql("""
					INSERT INTO staff_users (id, company_id, email, display_name, role, password_hash)
					VALUES (gen_random_uuid(), :c, :email, :name, 'TECHNICIAN', '{noop}x')
					ON CONFLICT DO NOTHING""")
				.param("c", acme)
				.param("email", "bench-tech-" + i + "@acme.test")
				.param("name", "Bench Technician " + i)
				.update();
		}
		return jdbc
			.sql("SELECT id FROM staff_users WHERE company_id = :c AND role = 'TECHNICIAN' AND active ORDER BY id")
			.param("c", acme)
			.query(UUID.class)
			.list();
	}

	/**
	 * 600 jobs on the day (20 a technician, some overlapping, a few any time and
	 * unassigned) and 150 on each other day of its week, taken from the million.
	 */
	private void fillTheWeek(long acme, List<UUID> technicians) {
		jdbc.sql("UPDATE jobs SET scheduled_date = NULL WHERE company_id = :c AND scheduled_date BETWEEN :from AND :to")
			.param("c", acme)
			.param("from", DAY.minusDays(7))
			.param("to", DAY.plusDays(7))
			.update();
		LocalDate monday = DAY.minusDays(DAY.getDayOfWeek().getValue() - 1L);
		for (int d = 0; d < 7; d++) {
			LocalDate day = monday.plusDays(d);
			int count = day.equals(DAY) ? JOBS_THAT_DAY : 150;
			jdbc.sql(
					"""
							WITH picked AS (
							  SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM jobs
							  WHERE company_id = :c AND deleted_at IS NULL AND scheduled_date IS NULL
							  ORDER BY id LIMIT :count)
							UPDATE jobs j SET scheduled_date = :day,
							  assigned_to_user_id = CASE WHEN p.n % 40 = 39 THEN NULL ELSE (CAST(:techs AS uuid[]))[1 + p.n % :t] END,
							  scheduled_time_start = CASE WHEN p.n % 10 = 9 THEN NULL
							    ELSE time '07:00' + (p.n / :t % 20) * interval '36 minutes' END,
							  scheduled_time_end = CASE WHEN p.n % 10 = 9 THEN NULL
							    ELSE time '07:00' + (p.n / :t % 20) * interval '36 minutes' + interval '45 minutes' END
							FROM picked p WHERE j.id = p.id""")
				.param("c", acme)
				.param("count", count)
				.param("day", day)
				.param("techs", technicians.stream().map(UUID::toString).toArray(String[]::new))
				.param("t", technicians.size())
				.update();
		}
	}

	/**
	 * One request's times: as the client saw it, and the server's (whole, and queries).
	 */
	private record Sample(double clientMs, double serverMs, double cpuMs, double dbMs) {
	}

	private static Sample sample(Supplier<HttpResponse<String>> request, int status) {
		long started = System.nanoTime();
		HttpResponse<String> response = request.get();
		double client = (System.nanoTime() - started) / 1_000_000.0;
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		String timing = String.join(",", response.headers().allValues("Server-Timing"));
		return new Sample(client, timing(APP_TIME, timing), timing(CPU_TIME, timing), timing(DB_TIME, timing));
	}

	private static double timing(Pattern metric, String header) {
		Matcher matcher = metric.matcher(header);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
	}

	/**
	 * Runs {@code work} 5 times to warm up, then 30 times; prints median and p95 of the
	 * server time (Server-Timing "app", what the target is about), the median of the
	 * request thread's CPU time ("cpu") and of its queries ("db", where measured) and of
	 * the whole request as the client sees it, with the load average (the machine may be
	 * shared).
	 */
	private static void measure(String what, double targetMs, Supplier<Sample> work) {
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < 35; i++) {
			Sample sample = work.get();
			if (i >= 5) {
				samples.add(sample);
			}
		}
		double server = percentile(samples, Sample::serverMs, 50);
		System.out.printf(Locale.ROOT,
				"[bench] %-48s server median %7.2f ms, p95 %7.2f ms (target %.0f ms)%s; its CPU %7.2f ms; db %7.2f ms; "
						+ "client median %7.2f ms, p95 %7.2f ms; load average %.2f%n",
				what, server, percentile(samples, Sample::serverMs, 95), targetMs, server > targetMs ? "  SLOWER" : "",
				percentile(samples, Sample::cpuMs, 50), percentile(samples, Sample::dbMs, 50),
				percentile(samples, Sample::clientMs, 50), percentile(samples, Sample::clientMs, 95),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static double percentile(List<Sample> samples, ToDoubleFunction<Sample> value, int percentile) {
		double[] sorted = samples.stream().mapToDouble(value).sorted().toArray();
		return sorted[Math.min(sorted.length - 1, (int) (sorted.length * percentile / 100.0))];
	}

}
