package com.crewdesk.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.ApiClient.Answer;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customer create and edit forms over HTTP. */
@CrewdeskIntegrationTest
class CustomerFormIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api() {
		return new ApiClient(port, "cd_demo_acme_key");
	}

	@Test
	void aRefusedCreateShowsTheMessageNextToTheFieldAndNothingIsWritten() {
		WebSession dispatcher = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		HttpResponse<String> refused = CustomerPageIT.post(dispatcher, "/customers/new",
				Map.of("last_name", "Formsby", "email", "not-an-email", "address.state", "Texas"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"form-errors\"")
			.contains("id=\"f-email-error\"")
			.contains("id=\"f-address-state-error\"")
			.contains("value=\"Formsby\"");
		assertThat(jdbc.sql("SELECT count(*) FROM customers WHERE last_name = 'Formsby'").query(Long.class).single())
			.isZero();
		HttpResponse<String> created = CustomerPageIT.post(dispatcher, "/customers/new",
				Map.of("last_name", "Formsby", "email", "formsby@example.com", "address.street", "5 Elm St",
						"address.state", "TX", "address.latitude", "30.25", "address.longitude", "-97.75"));
		assertThat(created.statusCode()).isEqualTo(302);
		String page = CustomerPageIT.follow(dispatcher, created);
		assertThat(page).contains("Formsby").contains("formsby@example.com").contains("30.25, -97.75");
	}

	@Test
	void leavingAFieldChecksItOnTheServer() {
		WebSession dispatcher = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		String message = dispatcher
			.postForm("/customers/validate", Map.of("last_name", "X", "address.state", "Texas"), Map.of("HX-Request",
					"true", "HX-Trigger-Name", "address.state", "X-CSRF-TOKEN", dispatcher.csrfToken("/")))
			.body();
		assertThat(message).contains("id=\"f-address-state-error\"").contains("2-letter state code");
	}

	@Test
	void anEditSendsOnlyTheChangedFieldsAndTheAddressAsOneUnit() {
		String id = create(Map.of("last_name", "Unit", "email", "unit@example.com", "address",
				Map.of("street", "1 Old Rd", "city", "Austin", "state", "TX", "zip", "78701")));
		WebSession dispatcher = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		Map<String, String> form = formOf(dispatcher.get("/customers/" + id + "/edit").body());
		form.put("address.street", "2 New Rd");
		form.put("address.zip", "");
		HttpResponse<String> saved = dispatcher.postForm("/customers/" + id + "/edit", entries(form));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		Answer now = api().get("/api/v1/customers/" + id);
		assertThat(now.data().get("address").get("street").asString()).isEqualTo("2 New Rd");
		assertThat(now.data().get("address").get("city").asString()).isEqualTo("Austin");
		assertThat(now.data().get("address").get("zip").isNull()).isTrue();
		assertThat(jdbc.sql("SELECT field FROM customer_history WHERE customer_id = :id AND channel = 'ui'")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.list()).containsExactly("address");
	}

	@Test
	void aFieldSomeoneElseChangedMeanwhileIsOfferedAsAChoice() {
		String id = create(Map.of("last_name", "Race", "email", "race@example.com"));
		WebSession dispatcher = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		Map<String, String> form = formOf(dispatcher.get("/customers/" + id + "/edit").body());
		assertThat(
				api().patch("/api/v1/customers/" + id, Map.of("email", "theirs@example.com", "phone", "+13035550199"))
					.status())
			.isEqualTo(200);
		form.put("email", "mine@example.com");
		HttpResponse<String> conflict = dispatcher.postForm("/customers/" + id + "/edit", entries(form));
		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(conflict.body()).contains("id=\"conflicts\"")
			.contains("mine@example.com")
			.contains("theirs@example.com")
			.contains("id=\"conflict-f-email\"");
		Map<String, String> again = formOf(conflict.body());
		again.put("resolve.email", "theirs");
		assertThat(dispatcher.postForm("/customers/" + id + "/edit", entries(again)).statusCode()).isEqualTo(302);
		Answer now = api().get("/api/v1/customers/" + id);
		assertThat(now.data().get("email").asString()).isEqualTo("theirs@example.com");
		assertThat(now.data().get("phone").asString()).isEqualTo("+1 303 555 0199");
	}

	@Test
	void viewersAndTechniciansGetNoForm() {
		String id = create(Map.of("last_name", "Guarded"));
		assertThat(
				WebSession.loggedIn(port, "viewer@acme.test", "viewer").get("/customers/" + id + "/edit").statusCode())
			.isEqualTo(403);
		assertThat(CustomerPageIT
			.post(WebSession.loggedIn(port, "viewer@acme.test", "viewer"), "/customers/new",
					Map.of("last_name", "Sneaky"))
			.statusCode()).isEqualTo(403);
	}

	private String create(Map<String, Object> body) {
		Answer created = api().post("/api/v1/customers", body);
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.data().get("uuid").asString();
	}

	/**
	 * The form's inputs as the browser would send them (text inputs, hidden fields,
	 * checked boxes).
	 */
	static Map<String, String> formOf(String html) {
		Map<String, String> form = new LinkedHashMap<>();
		Matcher input = Pattern.compile("<input([^>]*)>").matcher(html);
		while (input.find()) {
			String tag = input.group(1);
			String name = attribute(tag, "name");
			if (name == null) {
				continue;
			}
			String type = attribute(tag, "type");
			if ("checkbox".equals(type) || "radio".equals(type)) {
				if (tag.contains("checked")) {
					form.put(name, attribute(tag, "value"));
				}
				continue;
			}
			form.putIfAbsent(name, attribute(tag, "value") == null ? "" : attribute(tag, "value"));
		}
		Matcher select = Pattern
			.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>.*?<option value=\"([^\"]*)\" selected", Pattern.DOTALL)
			.matcher(html);
		while (select.find()) {
			form.put(select.group(1), select.group(2));
		}
		return form;
	}

	static List<Map.Entry<String, String>> entries(Map<String, String> form) {
		return new ArrayList<>(form.entrySet());
	}

	private static String attribute(String tag, String name) {
		Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
		return value.find() ? value.group(1).replace("&amp;", "&").replace("&#64;", "@") : null;
	}

}
