package com.crewdesk.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.ApiClient.Answer;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.CustomerFieldFixtures;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
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

/**
 * The customer forms offer the company's customer field definitions, one typed input
 * each, and send only the custom field the person changed (folded into the customer's
 * set, P8).
 */
@CrewdeskIntegrationTest
class CustomerFormCustomFieldsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebSession dispatcher;

	@BeforeEach
	void acmeHasCustomerFields() {
		CustomerFieldFixtures.defineForAcme(jdbc);
		dispatcher = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
	}

	@Test
	void theNewCustomerFormOffersTypedInputsAndCreatesWithTheirValues() {
		String form = dispatcher.get("/customers/new").body();
		assertThat(form).contains("id=\"custom-fields\"")
			.containsPattern("type=\"text\" id=\"f-custom_fields-Gate_code\"")
			.containsPattern("type=\"date\" id=\"f-custom_fields-Client_since\"")
			.containsPattern("<select[^>]*id=\"f-custom_fields-Tier\"")
			.contains("<option value=\"Silver\"");
		HttpResponse<String> created = CustomerPageIT.post(dispatcher, "/customers/new", Map.of("last_name", "Fieldsby",
				"custom_fields[Tier]", "Silver", "custom_fields[Floors]", "3", "custom_fields[Gate_code]", ""));
		String page = CustomerPageIT.follow(dispatcher, created);
		assertThat(page).contains("Fieldsby");
		assertThat(customFieldsOf("Fieldsby")).containsExactlyInAnyOrder(Map.of("key", "Tier", "val", "Silver"),
				Map.of("key", "Floors", "val", "3"));
	}

	@Test
	void aBadValueIsShownNextToItsInputOnLeavingItAndOnSavingAndNothingIsWritten() {
		String message = dispatcher.postForm("/customers/validate",
				Map.of("last_name", "X", "custom_fields[Floors]", "many"), Map.of("HX-Request", "true",
						"HX-Trigger-Name", "custom_fields[Floors]", "X-CSRF-TOKEN", dispatcher.csrfToken("/")))
			.body();
		assertThat(message).contains("id=\"f-custom_fields-Floors-error\"").contains("must be a number");
		HttpResponse<String> refused = CustomerPageIT.post(dispatcher, "/customers/new",
				Map.of("last_name", "Badfloors", "custom_fields[Floors]", "many"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"f-custom_fields-Floors-error\"")
			.contains("must be a number")
			.contains("value=\"many\"");
		assertThat(jdbc.sql("SELECT count(*) FROM customers WHERE last_name = 'Badfloors'").query(Long.class).single())
			.isZero();
	}

	@Test
	void anEditSendsOnlyTheChangedCustomFieldAndKeepsTheOthers() {
		String id = create("Keepsby",
				List.of(Map.of("key", "Gate_code", "val", "1234"), Map.of("key", "Floors", "val", "2")));
		Map<String, String> form = CustomerFormIT.formOf(dispatcher.get("/customers/" + id + "/edit").body());
		assertThat(form).containsEntry("custom_fields[Gate_code]", "1234").containsEntry("custom_fields[Floors]", "2");
		form.put("custom_fields[Tier]", "Gold");
		form.put("custom_fields[Floors]", "");
		HttpResponse<String> saved = dispatcher.postForm("/customers/" + id + "/edit", CustomerFormIT.entries(form));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(customFieldsOf("Keepsby")).containsExactlyInAnyOrder(Map.of("key", "Gate_code", "val", "1234"),
				Map.of("key", "Tier", "val", "Gold"));
		assertThat(jdbc.sql("SELECT field FROM customer_history WHERE customer_id = :id AND channel = 'ui'")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.list()).containsExactly("custom_fields");
	}

	@Test
	void aCustomFieldSomeoneElseChangedMeanwhileIsOfferedAsAChoiceAndTheirOtherChangeIsKept() {
		String id = create("Racefield", List.of(Map.of("key", "Gate_code", "val", "1111")));
		Map<String, String> form = CustomerFormIT.formOf(dispatcher.get("/customers/" + id + "/edit").body());
		Answer theirs = api().patch("/api/v1/customers/" + id, Map.of("custom_fields",
				List.of(Map.of("key", "Gate_code", "val", "2222"), Map.of("key", "Floors", "val", "7"))));
		assertThat(theirs.status()).isEqualTo(200);
		form.put("custom_fields[Gate_code]", "3333");
		HttpResponse<String> conflict = dispatcher.postForm("/customers/" + id + "/edit", CustomerFormIT.entries(form));
		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(conflict.body()).contains("id=\"conflict-f-custom_fields-Gate_code\"")
			.contains("3333")
			.contains("2222")
			.doesNotContain("id=\"conflict-f-custom_fields-Floors\"");
		Map<String, String> again = CustomerFormIT.formOf(conflict.body());
		again.put("resolve.custom_fields[Gate_code]", "mine");
		HttpResponse<String> saved = dispatcher.postForm("/customers/" + id + "/edit", CustomerFormIT.entries(again));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(customFieldsOf("Racefield")).containsExactlyInAnyOrder(Map.of("key", "Gate_code", "val", "3333"),
				Map.of("key", "Floors", "val", "7"));
	}

	private ApiClient api() {
		return new ApiClient(port, "cd_demo_acme_key");
	}

	private String create(String lastName, List<Map<String, String>> customFields) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("last_name", lastName);
		body.put("custom_fields", customFields);
		Answer created = api().post("/api/v1/customers", body);
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.data().get("uuid").asString();
	}

	private List<Map<String, String>> customFieldsOf(String lastName) {
		String id = jdbc.sql("SELECT id::text FROM customers WHERE last_name = :name")
			.param("name", lastName)
			.query(String.class)
			.single();
		List<Map<String, String>> fields = new ArrayList<>();
		api().get("/api/v1/customers/" + id)
			.data()
			.get("custom_fields")
			.forEach(field -> fields
				.add(Map.of("key", field.get("key").asString(), "val", field.get("val").asString())));
		return fields;
	}

}
