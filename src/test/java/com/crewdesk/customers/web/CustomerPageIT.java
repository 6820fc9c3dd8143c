package com.crewdesk.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.ApiClient.Answer;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customer page and its actions over HTTP, as each role gets them. */
@CrewdeskIntegrationTest
class CustomerPageIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	String create(Map<String, Object> body) {
		Answer created = new ApiClient(port, "cd_demo_acme_key").post("/api/v1/customers", body);
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.data().get("uuid").asString();
	}

	@Test
	void thePageShowsContactFlagsJobsAsListRowsAndTheHistoryWithNames() {
		String id = create(Map.of("first_name", "Paige", "last_name", "Turner", "email", "paige@example.com", "phone",
				"+13035550123", "do_not_mail", true, "external_data",
				Map.of("application_guid", "6a1f0d5e-8c1b-4c53-9d61-0b6f3e0d7a11", "external_data",
						List.of(Map.of("key", "ref", "value", "A-7")))));
		WebSession dispatcher = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		String page = dispatcher.get("/customers/" + id).body();
		assertThat(page).contains("<h1 class=\"h3 m-0\" id=\"customer-name\">Paige Turner</h1>")
			.contains("paige@example.com")
			.contains("Do not mail")
			.contains("A-7")
			.contains("No jobs yet.")
			.contains("href=\"/jobs/new?customer=" + id + "\"")
			.contains("<td class=\"history-by\">Demo integration (api)</td>")
			.doesNotContain("id=\"do-not-service\"");
		UUID withJobs = jdbc
			.sql("SELECT customer_id FROM jobs WHERE deleted_at IS NULL GROUP BY customer_id "
					+ "ORDER BY count(*) DESC LIMIT 1")
			.query(UUID.class)
			.single();
		String busy = dispatcher.get("/customers/" + withJobs).body();
		assertThat(busy).contains("class=\"job-row").contains("href=\"/jobs?customer=" + withJobs);
	}

	@Test
	void aDoNotServiceCustomerIsFlaggedAndOffersNoNewJob() {
		String id = create(Map.of("company_name", "Nope Corp", "do_not_service", true));
		String page = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch").get("/customers/" + id).body();
		assertThat(page).contains("id=\"do-not-service\"").doesNotContain("id=\"new-job-for-customer\"");
	}

	@Test
	void techniciansSeeOnlyTheirJobsCustomersAndNoDetails() {
		UUID mine = jdbc.sql("""
				SELECT j.customer_id FROM jobs j JOIN staff_users s ON s.id = j.assigned_to_user_id
				WHERE s.email = 'tech@acme.test' AND j.deleted_at IS NULL LIMIT 1""").query(UUID.class).single();
		WebSession technician = WebSession.loggedIn(port, "tech@acme.test", "tech");
		HttpResponse<String> page = technician.get("/customers/" + mine);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"customer-phone\"")
			.contains("id=\"customer-address\"")
			.doesNotContain("id=\"customer-email\"")
			.doesNotContain("id=\"external-data\"")
			.doesNotContain("id=\"edit-customer\"");
		String stranger = create(Map.of("last_name", "Stranger"));
		assertThat(technician.get("/customers/" + stranger).statusCode()).isEqualTo(404);
		assertThat(WebSession.loggedIn(port, "admin@bolt.test", "admin").get("/customers/" + mine).statusCode())
			.isEqualTo(404);
	}

	@Test
	void deletingACustomerWithOpenJobsIsRefusedWithALinkToThem() {
		// An Acme customer: other companies' (Bolt's, the tests') customers are a 404
		// here.
		UUID busy = jdbc
			.sql("""
					SELECT j.customer_id FROM jobs j JOIN customers c ON c.company_id = j.company_id AND c.id = j.customer_id
					WHERE j.company_id = (SELECT id FROM companies WHERE name = 'Acme Roofing')
					  AND j.deleted_at IS NULL AND j.status = 'New' AND c.deleted_at IS NULL LIMIT 1""")
			.query(UUID.class)
			.single();
		WebSession dispatcher = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		String page = follow(dispatcher, post(dispatcher, "/customers/" + busy + "/delete", Map.of()));
		assertThat(page).contains("id=\"open-jobs-refusal\"")
			.contains("href=\"/jobs?customer=" + busy + "&amp;status=New&amp;")
			.doesNotContain("id=\"customer-deleted\"");
	}

	@Test
	void deleteThenUndoAndViewersMayNotDelete() {
		String id = create(Map.of("last_name", "Gone"));
		assertThat(
				post(WebSession.loggedIn(port, "viewer@acme.test", "viewer"), "/customers/" + id + "/delete", Map.of())
					.statusCode())
			.isEqualTo(403);
		WebSession dispatcher = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		String deleted = follow(dispatcher, post(dispatcher, "/customers/" + id + "/delete", Map.of()));
		assertThat(deleted).contains("id=\"customer-deleted\"").contains("Undo delete");
		assertThat(dispatcher.get("/customers?q=Gone").body()).doesNotContain(id);
		String restored = follow(dispatcher, post(dispatcher, "/customers/" + id + "/restore", Map.of()));
		assertThat(restored).doesNotContain("id=\"customer-deleted\"").contains("Customer restored.");
	}

	@Test
	void locationsAreAddedWithTheirAddressEditedAndDeactivated() {
		String id = create(Map.of("last_name", "Placed"));
		WebSession dispatcher = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		String locations = "/customers/" + id + "/locations";
		String refused = follow(dispatcher, post(dispatcher, locations,
				form("name", "Barn", "address.street", "", "address.city", "Denver", "address.state", "Colorado")));
		assertThat(refused).contains("id=\"location-errors\"").contains("address.state");
		String added = follow(dispatcher, post(dispatcher, locations,
				form("name", "Barn", "address.street", "9 Hay Rd", "address.city", "Denver", "address.state", "CO")));
		assertThat(added).contains("<span class=\"fw-semibold location-name\">Barn</span>").contains("9 Hay Rd");
		UUID location = jdbc.sql("SELECT id FROM locations WHERE customer_id = :c")
			.param("c", UUID.fromString(id))
			.query(UUID.class)
			.single();
		String edited = follow(dispatcher, post(dispatcher, locations + "/" + location,
				form("name", "Old barn", "address.street", "1 New Rd", "address.city", "", "address.state", "")));
		assertThat(edited).contains("Old barn").contains("1 New Rd").doesNotContain("Denver");
		String deactivated = follow(dispatcher, post(dispatcher, locations + "/" + location, form("active", "false")));
		assertThat(deactivated).contains("Location deactivated.").contains(">Activate</button>");
	}

	/** A form post as the browser sends it, with the session's CSRF token. */
	static HttpResponse<String> post(WebSession session, String path, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", session.csrfToken("/"));
		return session.postForm(path, form);
	}

	/** The page a post/redirect/get answer leads to. */
	static String follow(WebSession session, HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
		String location = answer.headers().firstValue("Location").orElseThrow();
		return session.get(location.replaceFirst("^https?://[^/]+", "")).body();
	}

	private static Map<String, String> form(String... pairs) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.put(pairs[i], pairs[i + 1]);
		}
		return form;
	}

}
