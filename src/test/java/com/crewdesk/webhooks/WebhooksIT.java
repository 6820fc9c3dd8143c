package com.crewdesk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crewdesk.audit.Acting;
import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.JobService;
import com.crewdesk.patch.Actor;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.Role;
import com.crewdesk.security.Caller;
import com.crewdesk.support.ApiClient;
import com.crewdesk.support.ApiClient.Answer;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.WebSession;
import com.crewdesk.webhooks.WebhookReceiver.Received;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Webhooks end to end: changes made through the API reach a receiver the test runs on
 * 127.0.0.1 (crewdesk.webhooks.allow-private=true in tests), signed, retried, in order
 * per job, and only when the change committed.
 */
@CrewdeskIntegrationTest
class WebhooksIT {

	private static final Set<String> ALL_EVENTS = Set.of("job.created", "job.updated", "job.deleted", "job.restored",
			"customer.created", "customer.updated", "customer.deleted", "customer.restored", "batch.finished");

	@LocalServerPort
	int port;

	@Autowired
	WebhookService webhooks;

	@Autowired
	JobService jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private WebhookReceiver receiver;

	private WebhookService.Registered endpoint;

	private Acting admin;

	private ApiClient api;

	private DemoData demo;

	@BeforeEach
	void registerAnEndpoint() throws IOException {
		demo = new DemoData(jdbc);
		admin = new Acting(demo.acme(), Actor.staff(demo.staffId("admin@acme.test"), Role.ADMIN), "admin@acme.test");
		receiver = new WebhookReceiver();
		endpoint = webhooks.register(admin, receiver.url(), ALL_EVENTS);
		api = new ApiClient(port, "cd_demo_acme_key");
	}

	@AfterEach
	void removeIt() {
		webhooks.remove(admin, endpoint.id());
		receiver.close();
	}

	@Test
	void aCreatedJobArrivesSignedWithItsTimestampAndEventId() {
		String job = createJob("signed");

		Received created = await().atMost(Duration.ofSeconds(30))
			.until(() -> first(job, "job.created"), r -> r != null);
		String timestamp = created.header(WebhookSignature.TIMESTAMP_HEADER);
		assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp))).isLessThan(300);
		assertThat(created.header(WebhookSignature.SIGNATURE_HEADER))
			.isEqualTo("v1=" + hmacSha256(endpoint.secret(), timestamp + "." + created.body()));
		assertThat(created.header(WebhookSignature.SIGNATURE_HEADER)).as("another secret does not verify")
			.isNotEqualTo("v1=" + hmacSha256(endpoint.secret() + "x", timestamp + "." + created.body()));
		assertThat(created.header(WebhookSignature.EVENT_ID_HEADER)).isEqualTo(created.eventId());
		assertThat(created.header(WebhookSignature.EVENT_TYPE_HEADER)).isEqualTo("job.created");
		assertThat(created.data().get("changes").get("title").get("new").asString()).isEqualTo("signed");
	}

	@Test
	void anUpdateCarriesTheChangedFieldsOldAndNew() {
		String job = createJob("before");
		assertThat(api.patch("/api/v1/jobs/" + job, Map.of("title", "after")).status()).isEqualTo(200);

		Received updated = await().atMost(Duration.ofSeconds(30))
			.until(() -> first(job, "job.updated"), r -> r != null);
		assertThat(updated.data().get("changes").get("title").get("old").asString()).isEqualTo("before");
		assertThat(updated.data().get("changes").get("title").get("new").asString()).isEqualTo("after");
		assertThat(updated.data().get("changes").properties()).hasSize(1);
	}

	@Test
	void aReceiverThatAnswers500TwiceGetsTheSameEventAThirdTime() {
		receiver.answerNext(500, 500);
		String job = createJob("retried");

		await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(job).size() >= 3);
		List<Received> attempts = receiver.about(job);
		assertThat(attempts).extracting(Received::answeredWith).startsWith(500, 500, 200);
		assertThat(attempts.subList(0, 3)).extracting(Received::eventId).containsOnly(attempts.get(0).eventId());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					SELECT state || ' ' || attempts || ' ' || response_status FROM webhook_deliveries
					WHERE endpoint_id = :endpoint ORDER BY id LIMIT 1""")
				.param("endpoint", endpoint.id())
				.query(String.class)
				.single()).isEqualTo("DELIVERED 3 200"));
	}

	@Test
	void aJobsEventsArriveInTheOrderOfItsChangesEvenWhenTheFirstIsRetried() {
		String job = createJob("v0");
		await().atMost(Duration.ofSeconds(30)).until(() -> first(job, "job.created") != null);
		receiver.answerNext(503);
		for (int i = 1; i <= 5; i++) {
			assertThat(api.patch("/api/v1/jobs/" + job, Map.of("title", "v" + i)).status()).isEqualTo(200);
		}

		await().atMost(Duration.ofSeconds(30))
			.until(() -> delivered(job).stream().filter(r -> r.type().equals("job.updated")).count() == 5);
		assertThat(delivered(job).stream()
			.filter(r -> r.type().equals("job.updated"))
			.map(r -> r.data().get("changes").get("title").get("new").asString()))
			.containsExactly("v1", "v2", "v3", "v4", "v5");
		List<Received> updates = receiver.about(job).stream().filter(r -> r.type().equals("job.updated")).toList();
		assertThat(updates.get(0).answeredWith()).as("the first update was refused once").isEqualTo(503);
		assertThat(updates.get(1).data().get("changes").get("title").get("new").asString())
			.as("and sent again before the next one")
			.isEqualTo("v1");
	}

	@Test
	void aRefusedPatchOrARolledBackChangeSendsNothing() {
		String job = createJob("kept");
		assertThat(api.patch("/api/v1/jobs/" + job, Map.of("status", "Not a status")).status()).isEqualTo(400);
		Caller caller = new Caller(demo.acme(), Actor.staff(demo.staffId("admin@acme.test"), Role.ADMIN));
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jobs.update(caller, UUID.fromString(job), Patch.of(Map.of("title", "rolled back")), null, Channel.UI);
			status.setRollbackOnly();
		});
		assertThat(api.patch("/api/v1/jobs/" + job, Map.of("title", "committed")).status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30)).until(() -> first(job, "job.updated") != null);
		List<Received> updates = receiver.about(job).stream().filter(r -> r.type().equals("job.updated")).toList();
		assertThat(updates).hasSize(1);
		assertThat(updates.get(0).data().get("changes").properties()).extracting(Map.Entry::getKey)
			.containsExactly("title");
		assertThat(updates.get(0).data().get("changes").get("title").get("new").asString()).isEqualTo("committed");
		assertThat(jdbc.sql("SELECT count(*) FROM webhook_events WHERE payload->>'job_uuid' = :job")
			.param("job", job)
			.query(Long.class)
			.single()).as("created and the committed update only").isEqualTo(2);
	}

	@Test
	void deleteAndRestoreAreEventsToo() {
		String job = createJob("gone");
		assertThat(api.delete("/api/v1/jobs/" + job).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/jobs/" + job + "/restore", Map.of()).status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30)).until(() -> delivered(job).size() == 3);
		assertThat(delivered(job)).extracting(Received::type)
			.containsExactly("job.created", "job.deleted", "job.restored");
	}

	@Test
	void customerChangesAreEventsWithTheirFields() {
		Answer created = api.post("/api/v1/customers", Map.of("first_name", "Hook", "last_name", "Receiver"));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		String customer = created.data().get("uuid").asString();
		assertThat(api.patch("/api/v1/customers/" + customer, Map.of("last_name", "Listener")).status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30)).until(() -> delivered(customer).size() == 2);
		assertThat(delivered(customer)).extracting(Received::type)
			.containsExactly("customer.created", "customer.updated");
		Received updated = delivered(customer).get(1);
		assertThat(updated.data().get("changes").get("last_name").get("old").asString()).isEqualTo("Receiver");
		assertThat(updated.data().get("changes").get("last_name").get("new").asString()).isEqualTo("Listener");
	}

	@Test
	void aCustomerChangedThroughItsJobIsACustomerEventToo() {
		String customer = api.post("/api/v1/customers", Map.of("first_name", "Nested", "last_name", "Hook"))
			.data()
			.get("uuid")
			.asString();
		Answer job = api.post("/api/v1/jobs", Map.of("title", "Nested hook", "customer_uuid", customer));
		assertThat(job.status()).as(job.raw().body()).isEqualTo(201);
		Answer patched = api.patch("/api/v1/jobs/" + job.data().get("uuid").asString(),
				Map.of("customer", Map.of("last_name", "Hooked")));
		assertThat(patched.status()).as(patched.raw().body()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30)).until(() -> delivered(customer).size() == 2);
		Received updated = delivered(customer).get(1);
		assertThat(updated.type()).isEqualTo("customer.updated");
		assertThat(updated.data().get("changes").get("last_name").get("new").asString()).isEqualTo("Hooked");
	}

	@Test
	void onlyAdminsOfTheEndpointsCompanyReachItsScreens() {
		String deliveries = "/admin/webhooks/" + endpoint.id();
		for (String[] login : List.of(new String[] { "dispatch@acme.test", "dispatch" },
				new String[] { "tech@acme.test", "tech" }, new String[] { "viewer@acme.test", "viewer" })) {
			WebSession session = WebSession.loggedIn(port, login[0], login[1]);
			String token = session.csrfToken("/");
			assertThat(session.get("/admin/webhooks").statusCode()).as(login[0]).isEqualTo(403);
			assertThat(session.get(deliveries).statusCode()).as(login[0]).isEqualTo(403);
			assertThat(session.postForm("/admin/webhooks", Map.of("_csrf", token, "url", "https://example.com/x"))
				.statusCode()).as(login[0]).isEqualTo(403);
		}
		WebSession bolt = WebSession.loggedIn(port, "admin@bolt.test", "admin");
		String token = bolt.csrfToken("/admin/webhooks");
		assertThat(bolt.get(deliveries).statusCode()).isEqualTo(404);
		assertThat(bolt.postForm(deliveries + "/remove", Map.of("_csrf", token)).statusCode()).isEqualTo(404);
		assertThat(WebSession.loggedIn(port, "admin@acme.test", "admin").get(deliveries).statusCode()).isEqualTo(200);
	}

	private String createJob(String title) {
		Answer created = api.post("/api/v1/jobs",
				Map.of("title", title, "customer_uuid", demo.customer("Acme Roofing", 0).toString()));
		assertThat(created.status()).isEqualTo(201);
		return created.data().get("uuid").asString();
	}

	private Received first(String job, String type) {
		return delivered(job).stream().filter(r -> r.type().equals(type)).findFirst().orElse(null);
	}

	private List<Received> delivered(String job) {
		return receiver.about(job).stream().filter(r -> r.answeredWith() == 200).toList();
	}

	static String hmacSha256(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
