package com.crewdesk.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.ApiClient.Answer;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The customers API over real HTTP on real PostgreSQL: every endpoint, its errors and
 * tenant isolation.
 */
@CrewdeskIntegrationTest
class CustomerApiIT {

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

	String create(Map<String, Object> body) {
		Answer created = acme.post("/api/v1/customers", body);
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.data().get("uuid").asString();
	}

	static Map<String, Object> map(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	@Test
	void createAnswers201WithLocationEtagAndNormalisedValues() {
		Answer created = acme.post("/api/v1/customers",
				map("first_name", "Ada", "last_name", "Quill", "customer_type", "Commercial", "phone", "(720) 555-0142",
						"email", "ada@quill.test", "address",
						map("street", "12 Oak St", "city", "Denver", "state", "co", "zip", "80202", "country", "us")));

		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		JsonNode customer = created.data();
		assertThat(created.header("Location")).isEqualTo("/api/v1/customers/" + customer.get("uuid").asString());
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		assertThat(customer.get("phone").asString()).isEqualTo("+1 720 555 0142");
		assertThat(customer.get("address").get("state").asString()).isEqualTo("CO");
		assertThat(customer.get("address").get("country").asString()).isEqualTo("US");
		assertThat(customer.get("active").asBoolean()).isTrue();
		assertThat(acme.get("/api/v1/customers/" + customer.get("uuid").asString()).data().get("last_name").asString())
			.isEqualTo("Quill");
	}

	@Test
	void aCustomerCreatedThroughTheApiRemembersItWasCreatedViaTheApi() {
		String id = create(map("first_name", "Via", "last_name", "Api"));

		assertThat(jdbc.sql("SELECT created_via FROM customers WHERE id = CAST(:id AS uuid)")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("api");
	}

	@Test
	void badInputIsA400NamingEachField() {
		Answer bad = acme.post("/api/v1/customers", map("last_name", "X", "email", "nope", "shoe_size", 4, "address",
				map("street", "1 A St", "country", "USA")));

		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.json().get("errors").propertyNames()).contains("email", "shoe_size", "address.country");
		assertThat(acme.post("/api/v1/customers", map("email", "a@b.co")).json().get("errors").has("first_name"))
			.isTrue();
		assertThat(acme.sendRaw("POST", "/api/v1/customers", "{not json").status()).isEqualTo(400);
		assertThat(acme.post("/api/v1/customers", map("last_name", "X", "tags", List.of("nope")))
			.json()
			.get("errors")
			.has("tags")).isTrue();
	}

	@Test
	void patchChangesOnlyGivenFieldsAndWritesHistoryPerField() {
		String id = create(map("first_name", "Bea", "last_name", "Stone"));

		Answer patched = acme.patch("/api/v1/customers/" + id,
				map("do_not_service", true, "phone", "+44 20 7946 0958"));

		assertThat(patched.status()).as(patched.raw().body()).isEqualTo(200);
		assertThat(patched.header("ETag")).isEqualTo("\"1\"");
		assertThat(patched.data().get("first_name").asString()).isEqualTo("Bea");
		assertThat(patched.data().get("phone").asString()).isEqualTo("+442079460958");
		JsonNode history = acme.get("/api/v1/customers/" + id + "/history").data().get("history");
		List<String> fields = new ArrayList<>();
		history.forEach(entry -> fields.add(entry.get("field").asString()));
		assertThat(fields).contains("do_not_service", "phone", "first_name", "last_name");
		assertThat(history.get(0).get("changed_by").asString()).isNotBlank();
		Answer same = acme.put("/api/v1/customers/" + id, map("do_not_service", true));
		assertThat(same.header("ETag")).isEqualTo("\"1\"");
	}

	@Test
	void staleIfMatchIsA412AndWritesNothing() {
		String id = create(map("last_name", "Vale"));
		acme.patch("/api/v1/customers/" + id, map("first_name", "Ann"));

		Answer stale = acme.patch("/api/v1/customers/" + id, map("first_name", "Bob"), Map.of("If-Match", "\"0\""));

		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.header("ETag")).isEqualTo("\"1\"");
		assertThat(acme.get("/api/v1/customers/" + id).data().get("first_name").asString()).isEqualTo("Ann");
		assertThat(acme.patch("/api/v1/customers/" + id, map("first_name", "Cy"), Map.of("If-Match", "\"1\"")).status())
			.isEqualTo(200);
	}

	@Test
	void deleteIsRefusedWhileTheCustomerHasOpenJobsWithTheCountAndALink() {
		UUID customer = demo.customer("Acme Roofing", 2);
		Answer job = acme.post("/api/v1/jobs", map("title", "Open job", "customer_uuid", customer.toString()));
		assertThat(job.status()).isEqualTo(201);
		long open = jdbc
			.sql("SELECT count(*) FROM jobs WHERE customer_id = :c AND deleted_at IS NULL "
					+ "AND status NOT IN ('Complete', 'Invoiced')")
			.param("c", customer)
			.query(Long.class)
			.single();

		Answer refused = acme.delete("/api/v1/customers/" + customer);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("data").get("open_jobs").asLong()).isEqualTo(open);
		assertThat(refused.json().get("data").get("jobs_link").asString())
			.startsWith("/jobs?customer=" + customer + "&status=New&")
			.doesNotContain("status=Complete")
			.doesNotContain("status=Invoiced");
		assertThat(refused.json().get("errors").get("customer").get(0).asString()).isEqualTo("The customer has " + open
				+ " open job" + (open == 1 ? "" : "s") + "; complete, invoice or move them first");
	}

	@Test
	void softDeleteHidesTheCustomerUntilRestored() {
		String id = create(map("company_name", "Gone Ltd"));

		Answer deleted = acme.delete("/api/v1/customers/" + id);

		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.data().get("deleted_at").isNull()).isFalse();
		assertThat(acme.patch("/api/v1/customers/" + id, map("first_name", "X")).status()).isEqualTo(404);
		assertThat(names(acme.get("/api/v1/customers?search=gone%20ltd"))).isEmpty();
		assertThat(names(acme.get("/api/v1/customers?search=gone%20ltd&include_deleted=true"))).hasSize(1);
		Answer restored = acme.post("/api/v1/customers/" + id + "/restore", Map.of());
		assertThat(restored.status()).isEqualTo(200);
		assertThat(restored.data().get("deleted_at").isNull()).isTrue();
		assertThat(names(acme.get("/api/v1/customers?search=gone%20ltd"))).hasSize(1);
	}

	@Test
	void listSearchesNameEmailAndPhoneFragmentsAndFilters() {
		jdbc.sql(
				"INSERT INTO customer_tags (company_id, label, position) VALUES (:c, 'Gold', 99) ON CONFLICT DO NOTHING")
			.param("c", demo.acme())
			.update();
		create(map("first_name", "Zephyrina", "last_name", "Marlowe", "email", "zeph.unique@mail.test", "phone",
				"303-555-0177", "customer_type", "Commercial", "tags", List.of("gold"), "do_not_service", true));

		assertThat(names(acme.get("/api/v1/customers?search=PHYRIN"))).containsExactly("Zephyrina Marlowe");
		assertThat(names(acme.get("/api/v1/customers?search=unique@mail"))).containsExactly("Zephyrina Marlowe");
		assertThat(names(acme.get("/api/v1/customers?search=3035550177"))).containsExactly("Zephyrina Marlowe");
		assertThat(names(acme.get("/api/v1/customers?search=555%200177"))).contains("Zephyrina Marlowe");
		assertThat(names(acme.get("/api/v1/customers?tag=Gold&type=Commercial&do_not_service=true&active=true")))
			.containsExactly("Zephyrina Marlowe");
		assertThat(names(acme.get("/api/v1/customers?search=zephyrina&type=Residential"))).isEmpty();
		Answer page = acme.get("/api/v1/customers?limit=5&page=2&sort=-name");
		assertThat(page.data().get("customers")).hasSize(5);
		assertThat(page.data().get("pagination").get("total").asLong()).isGreaterThan(5);
	}

	@Test
	void badListParametersAreA400NamingTheParameter() {
		assertThat(acme.get("/api/v1/customers?limit=101").json().get("errors").has("limit")).isTrue();
		assertThat(acme.get("/api/v1/customers?type=Alien").json().get("errors").has("type")).isTrue();
		assertThat(acme.get("/api/v1/customers?active=maybe").json().get("errors").has("active")).isTrue();
		assertThat(acme.get("/api/v1/customers?sort=shoe").json().get("errors").has("sort")).isTrue();
		assertThat(acme.get("/api/v1/customers?colour=red").json().get("errors").has("colour")).isTrue();
		assertThat(acme.get("/api/v1/customers?page=0").status()).isEqualTo(400);
	}

	@Test
	void locationsAreListedAddedEditedAndDeactivated() {
		String id = create(map("last_name", "Place"));
		String base = "/api/v1/customers/" + id + "/locations";

		Answer added = acme.post(base, map("name", "Warehouse", "address",
				map("street", "5 Dock Rd", "city", "Aurora", "state", "co", "country", "US")));
		assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
		String location = added.data().get("id").asString();
		assertThat(added.data().get("address").get("state").asString()).isEqualTo("CO");

		Answer edited = acme.patch(base + "/" + location, map("name", "Main warehouse", "active", false));
		assertThat(edited.data().get("name").asString()).isEqualTo("Main warehouse");
		assertThat(edited.data().get("active").asBoolean()).isFalse();
		assertThat(acme.get(base).data().get("locations")).hasSize(1);
		Answer bad = acme.post(base, map("address", map("city", "Nowhere"), "floor", 3));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").propertyNames()).contains("name", "address.street", "floor");
		assertThat(acme.patch(base + "/" + UUID.randomUUID(), map("name", "X")).status()).isEqualTo(404);
	}

	@Test
	void anotherCompanysCustomerIsA404OnEveryEndpoint() {
		String id = create(map("last_name", "Private"));
		String location = acme.post("/api/v1/customers/" + id + "/locations", map("name", "Site"))
			.data()
			.get("id")
			.asString();
		String base = "/api/v1/customers/" + id;

		List<Answer> answers = List.of(bolt.get(base), bolt.patch(base, map("first_name", "X")),
				bolt.put(base, map("first_name", "X")), bolt.delete(base), bolt.post(base + "/restore", Map.of()),
				bolt.get(base + "/history"), bolt.get(base + "/locations"),
				bolt.post(base + "/locations", map("name", "X")),
				bolt.patch(base + "/locations/" + location, map("name", "X")));

		assertThat(answers).extracting(Answer::status).containsOnly(404);
		assertThat(names(bolt.get("/api/v1/customers?search=private"))).doesNotContain("Private");
		assertThat(acme.get(base).data().get("first_name").isNull()).isTrue();
		assertThat(acme.get("/api/v1/customers/not-a-uuid").status()).isEqualTo(404);
	}

	@Test
	void withoutAKeyTheApiAnswers401() {
		assertThat(new ApiClient(port, "wrong").get("/api/v1/customers").status()).isEqualTo(401);
	}

	private static List<String> names(Answer answer) {
		assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		answer.data().get("customers").forEach(c -> names.add(c.get("name").asString()));
		return names;
	}

}
