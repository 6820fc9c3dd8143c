package com.crewdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.ApiClient.Answer;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The jobs API over real HTTP on real PostgreSQL: success and error shapes of every
 * endpoint.
 */
@CrewdeskIntegrationTest
class JobApiIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient acme;

	ApiClient bolt;

	DemoData demo;

	@BeforeEach
	void clients() {
		acme = new ApiClient(port, "cd_demo_acme_key");
		bolt = new ApiClient(port, "cd_demo_bolt_key");
		demo = new DemoData(jdbc);
	}

	String createJob(Map<String, Object> extra) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "API test job");
		body.put("customer_uuid", demo.customer("Acme Roofing", 3).toString());
		body.putAll(extra);
		Answer created = acme.post("/api/v1/jobs", body);
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.data().get("uuid").asString();
	}

	@Test
	void createAppliesDefaultsAssignsANumberAndAnswers201WithLocation() {
		Answer created = acme.post("/api/v1/jobs", Map.of("title", "Fix gutter", "customer_uuid",
				demo.customer("Acme Roofing", 1).toString(), "insurance_claim", "CLM-77", "note", "from the phone"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("success").asBoolean()).isTrue();
		var job = created.data();
		assertThat(created.header("Location")).isEqualTo("/api/v1/jobs/" + job.get("uuid").asString());
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		assertThat(job.get("job_number").asString()).matches("JOB-\\d{6}");
		assertThat(job.get("status").asString()).isEqualTo("New");
		assertThat(job.get("priority").asString()).isEqualTo("Normal");
		assertThat(job.get("job_type").asString()).isEqualTo("r");
		assertThat(job.get("is_urgent").asBoolean()).isFalse();
		assertThat(job.get("insurance_claim").asString()).isEqualTo("CLM-77");
		assertThat(job.get("created_via").asString()).isEqualTo("api");
		assertThat(job.get("customer").get("first_name").asString()).isNotBlank();
	}

	@Test
	void createWithoutRequiredFieldsNamesThemInAProblem() {
		Answer answer = acme.post("/api/v1/jobs", Map.of("description", "no title"));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("errors").has("title")).isTrue();
		assertThat(answer.json().get("errors").has("customer_uuid")).isTrue();
		assertThat(answer.json().get("traceId").asString()).isNotBlank();
		assertThat(answer.json().get("status").asInt()).isEqualTo(400);
	}

	@Test
	void getReturnsTheJobWithCustomerAssigneeAndEtag() {
		UUID tech = demo.staffId("tech@acme.test");
		String uuid = createJob(Map.of("assigned_to_user_id", tech.toString()));

		Answer answer = acme.get("/api/v1/jobs/" + uuid);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("ETag")).isEqualTo("\"0\"");
		assertThat(answer.data().get("assigned_to").get("name").asString()).isEqualTo("Dana Cruz");
		assertThat(answer.data().get("customer").get("uuid").asString())
			.isEqualTo(demo.customer("Acme Roofing", 3).toString());
	}

	@Test
	void patchChangesOnlyTheGivenFieldsAndNullClears() {
		String uuid = createJob(Map.of("description", "to be cleared", "internal_notes", "keep me"));
		Map<String, Object> patch = new HashMap<>();
		patch.put("description", null);
		patch.put("priority", "High");

		Answer answer = acme.patch("/api/v1/jobs/" + uuid, patch);

		assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
		assertThat(answer.data().get("description").isNull()).isTrue();
		assertThat(answer.data().get("priority").asString()).isEqualTo("High");
		assertThat(answer.data().get("internal_notes").asString()).isEqualTo("keep me");
		assertThat(answer.data().get("version").asLong()).isEqualTo(1);
		assertThat(answer.header("ETag")).isEqualTo("\"1\"");
	}

	@Test
	void putIsAPartialUpdateToo() {
		String uuid = createJob(Map.of("description", "stays"));
		Answer answer = acme.put("/api/v1/jobs/" + uuid, Map.of("status", "In Progress", "actual_amount", 150));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.data().get("status").asString()).isEqualTo("In Progress");
		assertThat(answer.data().get("started_at").isNull()).as("P11 stamp").isFalse();
		assertThat(answer.data().get("description").asString()).isEqualTo("stays");
	}

	@Test
	void unknownReadOnlyAndCreateOnlyFieldsAreRefusedByName() {
		String uuid = createJob(Map.of());
		Answer answer = acme.patch("/api/v1/jobs/" + uuid,
				Map.of("colour", "red", "job_number", "JOB-1", "note", "late note", "title", 5));
		assertThat(answer.status()).isEqualTo(400);
		var errors = answer.json().get("errors");
		assertThat(errors.propertyNames()).contains("colour", "job_number", "note", "title");
		assertThat(demo.version(UUID.fromString(uuid))).isZero();
	}

	@Test
	void staleIfMatchIs412AndWritesNothing() {
		String uuid = createJob(Map.of());
		assertThat(acme.patch("/api/v1/jobs/" + uuid, Map.of("title", "v1"), Map.of("If-Match", "\"0\"")).status())
			.isEqualTo(200);

		Answer stale = acme.patch("/api/v1/jobs/" + uuid, Map.of("title", "lost"), Map.of("If-Match", "\"0\""));

		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.header("ETag")).isEqualTo("\"1\"");
		assertThat(acme.get("/api/v1/jobs/" + uuid).data().get("title").asString()).isEqualTo("v1");
	}

	@Test
	void patchThatChangesNothingWritesNoHistoryAndKeepsTheVersion() {
		String uuid = createJob(Map.of("priority", "High"));
		long history = demo.historyCount(UUID.fromString(uuid));

		Answer answer = acme.patch("/api/v1/jobs/" + uuid, Map.of("priority", "High", "title", "API test job"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.data().get("version").asLong()).isZero();
		assertThat(demo.historyCount(UUID.fromString(uuid))).isEqualTo(history);
	}

	@Test
	void historyHasOneEntryPerChangedFieldWithChannelApi() {
		String uuid = createJob(Map.of());
		acme.patch("/api/v1/jobs/" + uuid, Map.of("title", "Renamed", "priority", "Low"));

		Answer answer = acme.get("/api/v1/jobs/" + uuid + "/history?limit=2");

		assertThat(answer.status()).isEqualTo(200);
		var entries = answer.data().get("history");
		assertThat(entries.size()).isEqualTo(2);
		assertThat(List.of(entries.get(0).get("field").asString(), entries.get(1).get("field").asString()))
			.containsExactlyInAnyOrder("title", "priority");
		assertThat(entries.get(0).get("channel").asString()).isEqualTo("api");
		assertThat(entries.get(0).get("api_key").asString()).isEqualTo("Demo integration");
	}

	@Test
	void creatingAJobWritesOneCreatedEntryWithChannelAndWho() {
		String uuid = createJob(Map.of("priority", "High", "is_urgent", true));

		var entries = acme.get("/api/v1/jobs/" + uuid + "/history").data().get("history");

		assertThat(entries.size()).isEqualTo(1);
		assertThat(entries.get(0).get("field").asString()).isEqualTo("created");
		assertThat(entries.get(0).get("channel").asString()).isEqualTo("api");
		assertThat(entries.get(0).get("api_key").asString()).isEqualTo("Demo integration");
		assertThat(entries.get(0).get("changed_at").asString()).isNotBlank();
	}

	@Test
	void historyNamesTheCustomerAndStaffThatReferencesStandFor() {
		String uuid = createJob(Map.of("worker", "luis@acme.test"));
		UUID newCustomer = demo.customer("Acme Roofing", 4);
		acme.patch("/api/v1/jobs/" + uuid,
				Map.of("worker", "sam@acme.test", "customer_uuid", newCustomer.toString(), "title", "Renamed"));

		var entries = acme.get("/api/v1/jobs/" + uuid + "/history").data().get("history");
		Map<String, String> shown = new HashMap<>();
		entries.forEach(e -> shown.put(e.get("field").asString(),
				text(e.get("old_display")) + " -> " + text(e.get("new_display"))));

		assertThat(shown).containsEntry("assigned_to_user_id", "Luis Ortega -> Sam Becker")
			.containsEntry("customer_uuid",
					demo.customerName(demo.customer("Acme Roofing", 3)) + " -> " + demo.customerName(newCustomer))
			.containsEntry("title", " -> ");
		entries.forEach(e -> {
			if (e.get("field").asString().equals("assigned_to_user_id")) {
				assertThat(e.get("new_value").asString()).isEqualTo(demo.staffId("sam@acme.test").toString());
			}
		});
	}

	private static String text(tools.jackson.databind.JsonNode node) {
		return node == null || node.isNull() ? "" : node.asString();
	}

	@Test
	void deleteIsSoftPatchingADeletedJobIs404AndRestoreBringsItBack() {
		String uuid = createJob(Map.of());

		Answer deleted = acme.delete("/api/v1/jobs/" + uuid);
		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.data().get("deleted_at").isNull()).isFalse();
		assertThat(acme.patch("/api/v1/jobs/" + uuid, Map.of("title", "x")).status()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT count(*) FROM jobs WHERE uuid = :u")
			.param("u", UUID.fromString(uuid))
			.query(Long.class)
			.single()).as("never hard-deleted").isEqualTo(1);

		Answer restored = acme.post("/api/v1/jobs/" + uuid + "/restore", Map.of());
		assertThat(restored.status()).isEqualTo(200);
		assertThat(restored.data().get("deleted_at").isNull()).isTrue();
		assertThat(acme.patch("/api/v1/jobs/" + uuid, Map.of("title", "back")).status()).isEqualTo(200);
	}

	@Test
	void workerEmailAssignsAndNotifiesUnlessNotifyIsFalse() {
		UUID luis = demo.staffId("luis@acme.test");
		String first = createJob(Map.of());
		String second = createJob(Map.of());
		long before = demo.notifications(luis);

		assertThat(acme.patch("/api/v1/jobs/" + first, Map.of("worker", "LUIS@acme.test"))
			.data()
			.get("assigned_to_user_id")
			.asString()).isEqualTo(luis.toString());
		assertThat(demo.notifications(luis)).isEqualTo(before + 1);

		acme.patch("/api/v1/jobs/" + second, Map.of("worker", "luis@acme.test", "notify", false));
		assertThat(demo.notifications(luis)).isEqualTo(before + 1);

		assertThat(acme.patch("/api/v1/jobs/" + first, Map.of("worker", "")).data().get("assigned_to_user_id").isNull())
			.isTrue();
	}

	@Test
	void missingWrongAndRevokedKeysGet401Problems() {
		assertThat(new ApiClient(port, null).get("/api/v1/jobs/" + UUID.randomUUID()).status()).isEqualTo(401);
		Answer wrong = new ApiClient(port, "cd_not_a_key").get("/api/v1/jobs/" + UUID.randomUUID());
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.contentType()).startsWith("application/problem+json");
		assertThat(wrong.raw().headers().firstValue("Set-Cookie")).as("stateless").isEmpty();

		jdbc.sql(
				"INSERT INTO api_keys (company_id, name, key_prefix, key_hash, revoked_at) VALUES (:c, 'old', 'cd_revoked', :h, now())")
			.param("c", demo.acme())
			.param("h", com.crewdesk.apikeys.ApiKeySecrets.hash("cd_revoked_key"))
			.update();
		assertThat(new ApiClient(port, "cd_revoked_key").get("/api/v1/jobs/" + UUID.randomUUID()).status())
			.isEqualTo(401);
	}

	@Test
	void anotherCompanysKeyGets404OnEveryJobEndpoint() {
		String uuid = createJob(Map.of());
		String path = "/api/v1/jobs/" + uuid;

		assertThat(bolt.get(path).status()).isEqualTo(404);
		assertThat(bolt.patch(path, Map.of("title", "hijack")).status()).isEqualTo(404);
		assertThat(bolt.put(path, Map.of("title", "hijack")).status()).isEqualTo(404);
		assertThat(bolt.delete(path).status()).isEqualTo(404);
		assertThat(bolt.post(path + "/restore", Map.of()).status()).isEqualTo(404);
		assertThat(bolt.get(path + "/history").status()).isEqualTo(404);
		assertThat(acme.get(path).data().get("title").asString()).isEqualTo("API test job");
	}

	@Test
	void referencesToAnotherCompanyAreValidationErrorsThatLeakNothing() {
		String uuid = createJob(Map.of());
		Answer answer = acme.patch("/api/v1/jobs/" + uuid,
				Map.of("customer_uuid", demo.customer("Bolt Plumbing", 0).toString(), "assigned_to_user_id",
						demo.staffId("tech@bolt.test").toString()));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("errors").propertyNames()).contains("customer_uuid", "assigned_to_user_id");
	}

	@Test
	void badBodiesAre400sNeverServerErrors() {
		String path = "/api/v1/jobs/" + createJob(Map.of());
		assertThat(acme.sendRaw("PATCH", path, "{\"title\": ").status()).isEqualTo(400);
		assertThat(acme.sendRaw("PATCH", path, "[1, 2]").status()).isEqualTo(400);
		assertThat(acme.sendRaw("PATCH", path, "\"text\"").status()).isEqualTo(400);
		Answer types = acme.patch(path,
				Map.of("is_urgent", "maybe", "estimated_amount", -5, "scheduled_date", "tomorrow"));
		assertThat(types.status()).isEqualTo(400);
		assertThat(types.json().get("errors").propertyNames()).contains("is_urgent", "estimated_amount",
				"scheduled_date");
		Answer huge = acme.patch(path, Map.of("description", "x".repeat(1_100_000)));
		// Issue 17: a body past its limit is 413 Payload Too Large (was 400), still
		// naming the body.
		assertThat(huge.status()).isEqualTo(413);
		assertThat(huge.json().get("errors").has("body")).isTrue();
		assertThat(acme.get("/api/v1/jobs/not-a-uuid").status()).isEqualTo(404);
		assertThat(acme.patch(path, Map.of()).status()).as("empty patch").isEqualTo(200);
	}

	@Test
	void badIfMatchHeaderIsA400() {
		String uuid = createJob(Map.of());
		Answer answer = acme.patch("/api/v1/jobs/" + uuid, Map.of("title", "x"), Map.of("If-Match", "\"abc\""));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("errors").has("If-Match")).isTrue();
	}

	@Test
	void listFiltersByStatusesAndAnswersWithPagination() {
		Answer answer = acme.get("/api/v1/jobs?status=Scheduled,In%20Progress&limit=20&page=2&sort=-scheduled");

		assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
		var jobs = answer.data().get("jobs");
		assertThat(jobs.size()).isEqualTo(20);
		for (var job : jobs) {
			assertThat(job.get("status").asString()).isIn("Scheduled", "In Progress");
			assertThat(job.get("customer").get("uuid").asString()).isNotBlank();
		}
		var pagination = answer.data().get("pagination");
		assertThat(pagination.get("page").asInt()).isEqualTo(2);
		assertThat(pagination.get("limit").asInt()).isEqualTo(20);
		assertThat(pagination.get("total").asLong()).isGreaterThan(40);
		assertThat(pagination.get("total_pages").asInt())
			.isEqualTo((int) ((pagination.get("total").asLong() + 19) / 20));
	}

	@Test
	void listSearchesAndHidesDeletedJobsUnlessAsked() {
		String marker = "Zebra-" + UUID.randomUUID().toString().substring(0, 8);
		String uuid = createJob(Map.of("title", marker));
		acme.delete("/api/v1/jobs/" + uuid);

		assertThat(acme.get("/api/v1/jobs?search=" + marker.toLowerCase()).data().get("jobs").size()).isZero();
		var withDeleted = acme.get("/api/v1/jobs?include_deleted=true&search=" + marker).data().get("jobs");
		assertThat(withDeleted.size()).isEqualTo(1);
		assertThat(withDeleted.get(0).get("uuid").asString()).isEqualTo(uuid);
	}

	@Test
	void listNeverShowsAnotherCompanysJobs() {
		String marker = "Tenant-" + UUID.randomUUID().toString().substring(0, 8);
		createJob(Map.of("title", marker));
		assertThat(bolt.get("/api/v1/jobs?search=" + marker).data().get("jobs").size()).isZero();
		assertThat(bolt.get("/api/v1/jobs?limit=100").data().get("pagination").get("total").asLong())
			.isEqualTo(jdbc.sql("SELECT count(*) FROM jobs j JOIN companies c ON c.id = j.company_id "
					+ "WHERE c.name = 'Bolt Plumbing' AND j.deleted_at IS NULL")
				.query(Long.class)
				.single());
	}

	@Test
	void listFiltersByLocation() {
		UUID customer = demo.customer("Acme Roofing", 3);
		UUID location = UUID.randomUUID();
		jdbc.sql("INSERT INTO locations (id, company_id, customer_id, name) SELECT :id, company_id, id, 'API depot' "
				+ "FROM customers WHERE id = :customer")
			.param("id", location)
			.param("customer", customer)
			.update();
		Answer created = acme.post("/api/v1/jobs", Map.of("title", "At the depot", "customer_uuid", customer.toString(),
				"location_uuid", location.toString()));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);

		Answer listed = acme.get("/api/v1/jobs?location_uuid=" + location);

		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.data().get("jobs").size()).isEqualTo(1);
		assertThat(listed.data().get("jobs").get(0).get("uuid").asString())
			.isEqualTo(created.data().get("uuid").asString());
		assertThat(new ApiClient(port, "cd_demo_bolt_key").get("/api/v1/jobs?location_uuid=" + location)
			.data()
			.get("jobs")
			.size()).isZero();
	}

	@Test
	void listRefusesUnusableParametersByName() {
		Map<String, String> cases = Map.of("limit=101", "limit", "page=0", "page", "status=Teleported", "status",
				"priority=Urgentish", "priority", "customer_uuid=nope", "customer_uuid", "include_deleted=maybe",
				"include_deleted", "sort=colour", "sort", "colour=red", "colour", "scheduled_from=soon",
				"scheduled_from", "location_uuid=nope", "location_uuid");
		cases.forEach((query, parameter) -> {
			Answer answer = acme.get("/api/v1/jobs?" + query);
			assertThat(answer.status()).as(query).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.json().get("errors").has(parameter)).as(query).isTrue();
		});
	}

}
