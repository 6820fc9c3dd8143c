package com.crewdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crewdesk.CrewdeskApplication;
import com.crewdesk.jobs.JobBatchRunner;
import com.crewdesk.support.ApiClient;
import com.crewdesk.support.ApiClient.Answer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SPEC §6: two instances of the app on ONE PostgreSQL, each on its own port, share
 * everything a user or an integration can notice. The notifications' "new since" (the
 * bell's unread count and the list) is read from the database, so a write on one instance
 * shows on the other. (The board's "changes since" is not tested: there is no board yet.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

	private EmbeddedPostgres postgres;

	private JdbcClient jdbc;

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	private long acme;

	@BeforeAll
	void startOneDatabaseAndTwoInstances() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		jdbc = JdbcClient.create(postgres.getPostgresDatabase());
		first = start();
		second = start();
		acme = jdbc.sql("SELECT id FROM companies WHERE name = 'Acme Roofing'").query(Long.class).single();
	}

	@AfterAll
	void stop() throws IOException {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { first, second }) {
			if (context != null) {
				context.close();
			}
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	private ConfigurableApplicationContext start() {
		// Command-line arguments, so they win over application.properties
		// (server.port=${PORT:8080}).
		return new SpringApplicationBuilder(CrewdeskApplication.class).run(
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--server.port=0", "--crewdesk.demo.enabled=true",
				"--crewdesk.batches.heartbeat=300ms", "--crewdesk.batches.owner-timeout=3s",
				"--crewdesk.batches.poll=200ms", "--logging.level.org.flywaydb=WARN");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@Test
	@Order(1)
	void aSessionMadeOnOneInstanceIsValidOnTheOtherAndLogoutEndsItOnBoth() {
		TwoPortBrowser browser = new TwoPortBrowser();
		String token = browser.csrf(port(first), "/login");
		HttpResponse<String> login = browser.post(port(first), "/login",
				Map.of("email", "dispatch@acme.test", "password", "dispatch", "_csrf", token));
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

		HttpResponse<String> onSecond = browser.get(port(second), "/jobs");
		assertThat(onSecond.statusCode()).isEqualTo(200);
		assertThat(onSecond.body()).contains("nav-jobs");

		String logoutToken = browser.csrf(port(second), "/jobs");
		assertThat(browser.post(port(second), "/logout", Map.of("_csrf", logoutToken)).statusCode()).isEqualTo(302);

		HttpResponse<String> afterLogout = browser.get(port(first), "/jobs");
		assertThat(afterLogout.statusCode()).isEqualTo(302);
		assertThat(afterLogout.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	@Order(2)
	void jobNumbersHandedOutConcurrentlyByBothInstancesNeverCollide() throws Exception {
		ApiClient onFirst = new ApiClient(port(first), "cd_demo_acme_key");
		ApiClient onSecond = new ApiClient(port(second), "cd_demo_acme_key");
		String customer = onFirst.get("/api/v1/jobs?limit=1").data().get("jobs").get(0).get("customer_uuid").asString();
		List<Callable<String>> creates = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ApiClient client = i % 2 == 0 ? onFirst : onSecond;
			String title = "numbered by both " + i;
			creates.add(() -> {
				Answer created = client.post("/api/v1/jobs", Map.of("title", title, "customer_uuid", customer));
				assertThat(created.status()).isEqualTo(201);
				return created.data().get("job_number").asString();
			});
		}
		Set<String> numbers = new HashSet<>(runAtOnce(creates));
		assertThat(numbers).hasSize(40);
	}

	@Test
	@Order(3)
	void backgroundBatchesSubmittedToBothAtOnceRunExactlyOnceEach() throws Exception {
		List<UUID> jobs = acmeJobs(120, 0);
		List<Callable<String>> submits = new ArrayList<>();
		for (int b = 0; b < 6; b++) {
			ApiClient client = new ApiClient(port(b % 2 == 0 ? first : second), "cd_demo_acme_key");
			Map<String, Object> patches = new LinkedHashMap<>();
			String note = "ran once " + b;
			jobs.subList(b * 20, b * 20 + 20)
				.forEach(job -> patches.put(job.toString(), Map.of("closing_notes", note)));
			submits.add(() -> {
				Answer accepted = client.post("/api/v1/jobs/batch?async=true", Map.of("data", Map.of("jobs", patches)));
				assertThat(accepted.status()).isEqualTo(202);
				return accepted.data().get("id").asString();
			});
		}
		List<String> batches = runAtOnce(submits);
		awaitFinished(batches);

		for (String batch : batches) {
			Map<String, Object> row = jdbc
				.sql("SELECT state, claims, owner_instance FROM job_batches WHERE id = CAST(:id AS uuid)")
				.param("id", batch)
				.query()
				.singleRow();
			assertThat(row.get("state")).as(batch).isEqualTo("SUCCEEDED");
			assertThat(row.get("claims")).as(batch).isEqualTo(1);
			assertThat(row.get("owner_instance")).as(batch).isNotNull();
		}
		assertThat(jdbc.sql("""
				SELECT count(*) FROM job_history h JOIN jobs j ON j.id = h.job_id
				WHERE j.uuid = ANY(CAST(:jobs AS uuid[])) AND h.field = 'closing_notes'""")
			.param("jobs", jobs.stream().map(UUID::toString).toArray(String[]::new))
			.query(Long.class)
			.single()).as("every job changed once, by one batch run").isEqualTo(120);
	}

	@Test
	@Order(4)
	void waitingBatchesPickedUpByBothInstancesAtTheSameMomentAreClaimedOnce() {
		Long apiKey = jdbc.sql("SELECT id FROM api_keys WHERE company_id = :c ORDER BY id LIMIT 1")
			.param("c", acme)
			.query(Long.class)
			.single();
		List<UUID> batches = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			batches.add(UUID.randomUUID());
		}
		// All at once, in one statement: both instances' pollers (every 200 ms) find them
		// waiting together.
		jdbc.sql("""
				INSERT INTO job_batches (id, company_id, api_key_id, channel, state, notify, total, request)
				SELECT id, :c, :key, 'api', 'PENDING', false, 0, '{}' FROM unnest(CAST(:ids AS uuid[])) AS id""")
			.param("c", acme)
			.param("key", apiKey)
			.param("ids", batches.stream().map(UUID::toString).toArray(String[]::new))
			.update();

		awaitFinished(batches.stream().map(UUID::toString).toList());
		List<Map<String, Object>> rows = jdbc
			.sql("SELECT claims, owner_instance FROM job_batches WHERE id = ANY(CAST(:ids AS uuid[]))")
			.param("ids", batches.stream().map(UUID::toString).toArray(String[]::new))
			.query()
			.listOfRows();
		assertThat(rows).hasSize(30).allSatisfy(row -> assertThat(row.get("claims")).isEqualTo(1));
	}

	@Test
	@Order(5)
	void aNotificationWrittenOnOneInstanceIsCountedAndListedOnTheOther() {
		TwoPortBrowser technician = new TwoPortBrowser();
		String token = technician.csrf(port(second), "/login");
		technician.post(port(second), "/login", Map.of("email", "tech@acme.test", "password", "tech", "_csrf", token));
		int unreadBefore = unread(technician.get(port(second), "/notifications/badge").body());

		ApiClient onFirst = new ApiClient(port(first), "cd_demo_acme_key");
		String customer = onFirst.get("/api/v1/jobs?limit=1").data().get("jobs").get(0).get("customer_uuid").asString();
		Answer created = onFirst.post("/api/v1/jobs",
				Map.of("title", "assigned on the first", "customer_uuid", customer));
		String job = created.data().get("uuid").asString();
		assertThat(onFirst.patch("/api/v1/jobs/" + job, Map.of("worker", "tech@acme.test")).status()).isEqualTo(200);

		assertThat(unread(technician.get(port(second), "/notifications/badge").body())).isEqualTo(unreadBefore + 1);
		assertThat(technician.get(port(second), "/notifications").body())
			.contains(created.data().get("job_number").asString());
	}

	@Test
	@Order(5)
	void aJobScheduledThroughOneInstanceShowsOnABoardOpenOnTheOther() {
		TwoPortBrowser dispatcher = new TwoPortBrowser();
		String token = dispatcher.csrf(port(second), "/login");
		dispatcher.post(port(second), "/login",
				Map.of("email", "dispatch@acme.test", "password", "dispatch", "_csrf", token));
		String day = "2031-05-14";
		String poll = pollUrl(dispatcher.get(port(second), "/board?day=" + day).body());
		assertThat(dispatcher.get(port(second), poll).statusCode()).as("nothing changed yet").isEqualTo(204);

		ApiClient onFirst = new ApiClient(port(first), "cd_demo_acme_key");
		String customer = onFirst.get("/api/v1/jobs?limit=1").data().get("jobs").get(0).get("customer_uuid").asString();
		Answer created = onFirst.post("/api/v1/jobs",
				Map.of("title", "boarded on the first", "customer_uuid", customer));
		Answer scheduled = onFirst.patch("/api/v1/jobs/" + created.data().get("uuid").asString(),
				Map.of("worker", "tech@acme.test", "scheduled_date", day, "scheduled_time_start", "10:00",
						"scheduled_time_end", "11:00"));
		assertThat(scheduled.status()).as(scheduled.raw().body()).isEqualTo(200);

		HttpResponse<String> changes = dispatcher.get(port(second), poll);
		assertThat(changes.statusCode()).isEqualTo(200);
		assertThat(changes.body()).contains(created.data().get("job_number").asString());
	}

	private static String pollUrl(String board) {
		Matcher url = Pattern.compile("hx-get=\"(/board/changes[^\"]+)\"").matcher(board);
		assertThat(url.find()).as("the board polls for changes").isTrue();
		return url.group(1).replace("&amp;", "&");
	}

	private static int unread(String badge) {
		Matcher count = Pattern.compile("aria-label=\"(\\d+) unread\"").matcher(badge);
		assertThat(count.find()).as(badge).isTrue();
		return Integer.parseInt(count.group(1));
	}

	@Test
	@Order(6)
	void aBatchWhoseInstanceIsKilledEndsFailedWithNothingAppliedAndTheOthersSaySo() throws Exception {
		ConfigurableApplicationContext doomed = start();
		List<UUID> jobs = acmeJobs(200, 200);
		String note = "never applied " + UUID.randomUUID();
		Map<String, Object> patches = new LinkedHashMap<>();
		jobs.forEach(job -> patches.put(job.toString(), Map.of("closing_notes", note)));

		try (Connection blocker = postgres.getPostgresDatabase().getConnection();
				Statement lock = blocker.createStatement()) {
			// Hold one of the jobs, so that the batch's single write transaction is
			// caught midway when its instance dies.
			blocker.setAutoCommit(false);
			lock.execute("SELECT 1 FROM jobs WHERE uuid = '" + jobs.get(150) + "' FOR UPDATE");

			Answer accepted = new ApiClient(port(doomed), "cd_demo_acme_key").post("/api/v1/jobs/batch?async=true",
					Map.of("data", Map.of("jobs", patches)));
			assertThat(accepted.status()).isEqualTo(202);
			String batch = accepted.data().get("id").asString();
			await().atMost(Duration.ofSeconds(60))
				.until(() -> jdbc.sql(
						"SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%UPDATE jobs%'")
					.query(Long.class)
					.single() > 0);

			// Whichever instance claimed it (usually the one that took the request) is
			// killed; the others remain.
			String owner = jdbc.sql("SELECT owner_instance FROM job_batches WHERE id = CAST(:id AS uuid)")
				.param("id", batch)
				.query(String.class)
				.single();
			List<ConfigurableApplicationContext> instances = new ArrayList<>(List.of(first, second, doomed));
			ConfigurableApplicationContext victim = instances.stream()
				.filter(context -> context.getBean(JobBatchRunner.class).instance().equals(owner))
				.findFirst()
				.orElseThrow();
			instances.remove(victim);
			ExecutorService killer = Executors.newSingleThreadExecutor();
			Future<?> killed = killer.submit(victim::close);
			await().atMost(Duration.ofSeconds(60)).until(() -> !victim.isActive());
			blocker.rollback();
			killed.get();
			killer.shutdown();

			ApiClient survivor = new ApiClient(port(instances.get(0)), "cd_demo_acme_key");
			await().atMost(Duration.ofSeconds(60))
				.until(() -> survivor.get("/api/v1/jobs/batches/" + batch)
					.data()
					.get("state")
					.asString()
					.equals("FAILED"));
			Answer status = new ApiClient(port(instances.get(1)), "cd_demo_acme_key")
				.get("/api/v1/jobs/batches/" + batch);
			assertThat(status.data().get("state").asString()).isEqualTo("FAILED");
			assertThat(status.data().get("summary").asString()).contains("nothing was applied");
		}
		finally {
			doomed.close();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM jobs WHERE closing_notes = :note")
			.param("note", note)
			.query(Long.class)
			.single()).isZero();
	}

	private List<UUID> acmeJobs(int count, int offset) {
		return jdbc.sql(
				"SELECT uuid FROM jobs WHERE company_id = :c AND deleted_at IS NULL ORDER BY id DESC LIMIT :n OFFSET :o")
			.param("c", acme)
			.param("n", count)
			.param("o", 1000 + offset)
			.query(UUID.class)
			.list();
	}

	private void awaitFinished(List<String> batches) {
		await().atMost(Duration.ofSeconds(120))
			.until(() -> jdbc
				.sql("""
						SELECT count(*) FROM job_batches WHERE id = ANY(CAST(:ids AS uuid[])) AND state IN ('SUCCEEDED', 'FAILED')""")
				.param("ids", batches.toArray(String[]::new))
				.query(Long.class)
				.single() == batches.size());
	}

	private static <T> List<T> runAtOnce(List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<T> results = new ArrayList<>();
			for (Future<T> future : pool.invokeAll(tasks)) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * A browser whose cookies (the SESSION) go to both instances, as behind a load
	 * balancer.
	 */
	private static final class TwoPortBrowser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(int port, String path) {
			return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html")
				.GET()
				.build());
		}

		HttpResponse<String> post(int port, String path, Map<String, String> fields) {
			String body = fields.entrySet()
				.stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		String csrf(int port, String path) {
			Matcher matcher = CSRF.matcher(get(port, path).body());
			assertThat(matcher.find()).as("CSRF token on " + path).isTrue();
			return matcher.group(1);
		}

		private HttpResponse<String> send(HttpRequest request) {
			try {
				return client.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
