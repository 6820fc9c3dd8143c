package com.crewdesk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crewdesk.CrewdeskApplication;
import com.crewdesk.support.ApiClient;
import com.crewdesk.support.WebSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The issue's "if the app is killed during the import, it ends as failed with nothing
 * applied", with a real kill: the instance that runs the import is a separate JVM, killed
 * with SIGKILL (no shutdown hook, no last word) while its one import transaction is
 * midway; the instance started after it finds the owner's heartbeat stopped and marks the
 * import failed, and none of its rows exist.
 */
class ImportKilledInstanceIT {

	private static final Duration STARTUP = Duration.ofMinutes(4);

	private EmbeddedPostgres postgres;

	private Process doomed;

	private ConfigurableApplicationContext restarted;

	@AfterEach
	void stop() throws IOException {
		if (doomed != null) {
			doomed.destroyForcibly();
		}
		if (restarted != null) {
			restarted.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void anImportWhoseInstanceIsKilledMidwayEndsFailedWithNothingApplied() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
		int port = freePort();
		doomed = startInstanceProcess(port);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String first = upload(port, "External ID,First Name,Last Name\nL-" + tag + ",Locked,Before-" + tag + "\n");
		await().atMost(Duration.ofSeconds(60)).until(() -> "SUCCEEDED".equals(state(jdbc, first)));

		StringBuilder file = new StringBuilder("External ID,First Name,Last Name\n");
		for (int i = 0; i < 2500; i++) {
			file.append("K-").append(tag).append('-').append(i).append(",Row,Killed-").append(tag).append('\n');
		}
		// Row 2,501 updates the customer imported above: the import waits there for the
		// lock below, with its first 2,000 rows written in its (uncommitted) transaction.
		file.append("L-").append(tag).append(",Locked,After-").append(tag).append('\n');
		try (Connection blocker = postgres.getPostgresDatabase().getConnection();
				Statement lock = blocker.createStatement()) {
			blocker.setAutoCommit(false);
			lock.execute("SELECT 1 FROM customers WHERE last_name = 'Before-" + tag + "' FOR UPDATE");
			String killed = upload(port, file.toString());
			await().atMost(Duration.ofSeconds(120))
				.until(() -> jdbc.sql("""
						SELECT count(*) FROM pg_stat_activity
						WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE customers%'""")
					.query(Long.class)
					.single() > 0);
			Map<String, Object> midway = jdbc
				.sql("SELECT state, done, owner_instance FROM imports WHERE id = CAST(:id AS uuid)")
				.param("id", killed)
				.query()
				.singleRow();
			assertThat(midway.get("state")).isEqualTo("IMPORTING");
			assertThat((Integer) midway.get("done")).as("rows already through the import").isGreaterThanOrEqualTo(2000);
			assertThat((String) midway.get("owner_instance")).startsWith(doomed.pid() + "@");

			doomed.destroyForcibly().waitFor();
			blocker.rollback();

			restarted = startInstance(postgres);
			int restartedPort = ((WebServerApplicationContext) restarted).getWebServer().getPort();
			ApiClient api = new ApiClient(restartedPort, "cd_demo_acme_key");
			await().atMost(Duration.ofSeconds(60))
				.until(() -> api.get("/api/v1/imports/" + killed).data().get("state").asString().equals("FAILED"));
			assertThat(api.get("/api/v1/imports/" + killed).data().get("summary").asString())
				.contains("(" + midway.get("owner_instance") + ") stopped; nothing was applied");
		}
		assertThat(jdbc.sql("SELECT count(*) FROM customers WHERE last_name = :name")
			.param("name", "Killed-" + tag)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT last_name || ':' || version FROM customers WHERE first_name = 'Locked'")
			.query(String.class)
			.list()).containsExactly("Before-" + tag + ":0");
	}

	/**
	 * A customers file through the API, checked and imported in the background; its id.
	 */
	private static String upload(int port, String csv) {
		HttpResponse<String> accepted = new WebSession(port).postMultipart("/api/v1/imports",
				Map.of("kind", "customers", "mapping", "{}"), "customers.csv", csv.getBytes(StandardCharsets.UTF_8),
				Map.of("Authorization", "Bearer cd_demo_acme_key"));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		return accepted.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
	}

	private static String state(JdbcClient jdbc, String id) {
		return jdbc.sql("SELECT state FROM imports WHERE id = CAST(:id AS uuid)")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/** The app's arguments: this database, fast heartbeats and a short owner timeout. */
	private static List<String> arguments(EmbeddedPostgres postgres, int port) {
		return List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--server.port=" + port, "--crewdesk.demo.enabled=true",
				"--crewdesk.batches.heartbeat=300ms", "--crewdesk.batches.owner-timeout=3s",
				"--logging.level.org.flywaydb=WARN");
	}

	/** The instance to be killed: its own JVM on this test's class path. */
	private Process startInstanceProcess(int port) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						CrewdeskApplication.class.getName()));
		command.addAll(arguments(postgres, port));
		File log = Files.createTempFile("import-killed-instance", ".log").toFile();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		ApiClient probe = new ApiClient(port, "cd_demo_acme_key");
		// Ready once the demo data (and its API key) is loaded, after the web server
		// starts.
		await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(process.isAlive()).as("the instance started; see " + log).isTrue();
			try {
				return probe.get("/api/v1/jobs?limit=1").status() == 200;
			}
			catch (RuntimeException notYet) {
				return false;
			}
		});
		return process;
	}

	/** The instance that comes after: in this JVM. */
	private static ConfigurableApplicationContext startInstance(EmbeddedPostgres postgres) {
		return new SpringApplicationBuilder(CrewdeskApplication.class)
			.run(arguments(postgres, 0).toArray(String[]::new));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
