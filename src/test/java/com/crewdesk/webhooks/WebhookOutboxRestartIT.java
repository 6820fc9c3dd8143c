package com.crewdesk.webhooks;

import com.crewdesk.database.Tenancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crewdesk.CrewdeskApplication;
import com.crewdesk.audit.Acting;
import com.crewdesk.patch.Actor;
import com.crewdesk.patch.Role;
import com.crewdesk.support.ApiClient;
import com.crewdesk.support.ApiClient.Answer;
import com.crewdesk.support.DemoData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A committed change is never lost: the app stops after the commit and before the
 * delivery, and once it runs again the event arrives.
 */
class WebhookOutboxRestartIT {

	@Test
	void anEventCommittedBeforeTheAppStoppedIsDeliveredAfterItStartsAgain() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
				WebhookReceiver receiver = new WebhookReceiver()) {
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			String job;
			// An instance that writes but does not send, so the stop falls between commit
			// and delivery.
			try (ConfigurableApplicationContext writer = start(postgres, false)) {
				DemoData demo = new DemoData(jdbc);
				Acting admin = new Acting(demo.acme(), Actor.staff(demo.staffId("admin@acme.test"), Role.ADMIN),
						"admin@acme.test");
				Tenancy.forCompany(demo.acme(), () -> writer.getBean(WebhookService.class)
					.register(admin, receiver.url(), Set.of("job.created")));
				Answer created = new ApiClient(port(writer), "cd_demo_acme_key").post("/api/v1/jobs", Map.of("title",
						"survives a restart", "customer_uuid", demo.customer("Acme Roofing", 0).toString()));
				assertThat(created.status()).isEqualTo(201);
				job = created.data().get("uuid").asString();
			}
			assertThat(receiver.all()).isEmpty();
			assertThat(jdbc.sql("SELECT state FROM webhook_deliveries").query(String.class).list())
				.containsExactly("PENDING");

			try (ConfigurableApplicationContext restarted = start(postgres, true)) {
				await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.about(job).isEmpty());
				assertThat(receiver.about(job)).extracting(WebhookReceiver.Received::type)
					.containsExactly("job.created");
				await().atMost(Duration.ofSeconds(10))
					.until(() -> jdbc.sql("SELECT state FROM webhook_deliveries").query(String.class).single(),
							"DELIVERED"::equals);
			}
		}
	}

	private static ConfigurableApplicationContext start(EmbeddedPostgres postgres, boolean sends) {
		return new SpringApplicationBuilder(CrewdeskApplication.class).run(
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--server.port=0", "--crewdesk.demo.enabled=true",
				"--crewdesk.demo.acme-jobs=50", "--crewdesk.demo.bolt-jobs=10",
				"--crewdesk.webhooks.allow-private=true", "--crewdesk.webhooks.poll=200ms",
				"--crewdesk.webhooks.sender.enabled=" + sends, "--logging.level.org.flywaydb=WARN");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
