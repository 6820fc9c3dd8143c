package com.crewdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.company.CompanyRulesService;
import com.crewdesk.patch.CompanyRules;
import com.crewdesk.patch.CustomFieldDefinition;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.JobFixtures;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Company settings from the admin page, and what the engine then sees. */
@CrewdeskIntegrationTest
class SettingsAdminIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	CompanyRulesService rules;

	TestCompany company;

	WebSession admin;

	@BeforeEach
	void setUp() {
		company = TestCompany.create(jdbc, passwords);
		admin = WebSession.loggedIn(port, company.adminEmail(), TestCompany.PASSWORD);
	}

	@Test
	void generalSettingsAreSavedAndAudited() {
		HttpResponse<String> saved = post("/admin/settings/general",
				Map.of("name", company.name() + " Ltd", "timeZone", "America/Chicago", "workersEditJob", "true"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(rules.rulesFor(company.id()).workersEditJob()).isTrue();
		assertThat(admin.get("/").body()).as("the top bar shows the new name without logging in again")
			.contains(company.name() + " Ltd");
		assertThat(admin.get("/admin/settings").body()).contains("value=\"America/Chicago\" selected");
		String audit = admin.get("/admin/audit?kind=SETTING_CHANGED").body();
		assertThat(audit).contains("workers_edit_job").contains("off -&gt; on").contains("UTC -&gt; America/Chicago");
		assertThat(post("/admin/settings/general", Map.of("name", "x", "timeZone", "Mars/Olympus")).body())
			.contains("Choose a time zone");
	}

	@Test
	void retiredFieldsLeaveTheEngineButKeepTheirKey() {
		post("/admin/settings/fields", Map.of("entity", "JOB", "key", "Colour", "label", "Colour", "type", "SELECT",
				"options", "Red\nGrey", "required", "false"));
		post("/admin/settings/fields", Map.of("entity", "CUSTOMER", "key", "Colour", "label", "Favourite colour",
				"type", "TEXT", "required", "false"));
		CompanyRules before = rules.rulesFor(company.id());
		assertThat(before.customFields()).extracting(CustomFieldDefinition::key).containsExactly("Colour");
		assertThat(before.customFields().get(0).options()).containsExactly("Red", "Grey");
		assertThat(before.customerCustomFields()).extracting(CustomFieldDefinition::label)
			.containsExactly("Favourite colour");

		long id = jdbc.sql("SELECT id FROM custom_field_definitions WHERE company_id = :c AND entity = 'JOB'")
			.param("c", company.id())
			.query(Long.class)
			.single();
		post("/admin/settings/fields/" + id, Map.of("label", "Color", "options", "Red\nBlue", "required", "true"));
		assertThat(rules.rulesFor(company.id()).customFields().get(0).options()).containsExactly("Red", "Blue");
		post("/admin/settings/fields/" + id + "/retire", Map.of("retired", "true"));
		assertThat(rules.rulesFor(company.id()).customFields()).isEmpty();
		assertThat(post("/admin/settings/fields",
				Map.of("entity", "JOB", "key", "colour", "label", "Again", "type", "TEXT"))
			.body()).contains("already used");
		assertThat(admin.get("/admin/settings").body()).contains("Retired");
	}

	@Test
	void aStoredSelectValueThatIsNoLongerAnOptionIsShownAsSuchOnTheJobForm() {
		post("/admin/settings/fields",
				Map.of("entity", "JOB", "key", "Shade", "label", "Shade", "type", "SELECT", "options", "Red\nBlue"));
		java.util.UUID customer = java.util.UUID.randomUUID();
		jdbc.sql("INSERT INTO customers (id, company_id, first_name) VALUES (:id, :c, 'Jo')")
			.param("id", customer)
			.param("c", company.id())
			.update();
		jdbc.sql("INSERT INTO jobs (uuid, company_id, job_number, title, customer_id, custom_fields) "
				+ "VALUES (:u, :c, 'JOB-000001', 'Paint', :cu, CAST(:cf AS jsonb))")
			.param("u", java.util.UUID.randomUUID())
			.param("c", company.id())
			.param("cu", customer)
			.param("cf", "[{\"key\": \"Shade\", \"val\": \"Blue\"}]")
			.update();
		long id = jdbc.sql("SELECT id FROM custom_field_definitions WHERE company_id = :c")
			.param("c", company.id())
			.query(Long.class)
			.single();
		assertThat(admin.get("/jobs/JOB-000001/edit").body()).doesNotContain("no longer an option");
		post("/admin/settings/fields/" + id, Map.of("label", "Shade", "options", "Red\nGreen"));
		String form = admin.get("/jobs/JOB-000001/edit").body();
		assertThat(form).contains("Blue (no longer an option)")
			.contains("is no longer an option for Shade: choose a new one.");
		assertThat(jdbc.sql("SELECT custom_fields::text FROM jobs WHERE company_id = :c")
			.param("c", company.id())
			.query(String.class)
			.single()).contains("Blue");
	}

	@Test
	void checklistStepsAreAddedRenamedReorderedAndRetired() {
		post("/admin/settings/steps", Map.of("label", "Photos taken"));
		post("/admin/settings/steps", Map.of("label", "Site cleaned"));
		assertThat(rules.rulesFor(company.id()).checklistStepKeys()).containsExactlyInAnyOrder("photos_taken",
				"site_cleaned");
		long second = stepId("site_cleaned");
		post("/admin/settings/steps/" + second + "/move", Map.of("direction", "-1"));
		assertThat(jdbc.sql("SELECT step_key FROM checklist_steps WHERE company_id = :c ORDER BY position")
			.param("c", company.id())
			.query(String.class)
			.list()).containsExactly("site_cleaned", "photos_taken");
		post("/admin/settings/steps/" + second, Map.of("label", "Site swept"));
		post("/admin/settings/steps/" + stepId("photos_taken") + "/retire", Map.of("retired", "true"));
		assertThat(rules.rulesFor(company.id()).checklistStepKeys()).containsExactly("site_cleaned");
		assertThat(admin.get("/admin/settings").body()).contains("value=\"Site swept\"");
	}

	@Test
	void customerTagsAreAddedRenamedAndRetired() {
		post("/admin/settings/tags", Map.of("label", "VIP"));
		assertThat(post("/admin/settings/tags", Map.of("label", "vip")).body()).contains("already exists");
		long id = jdbc.sql("SELECT id FROM customer_tags WHERE company_id = :c")
			.param("c", company.id())
			.query(Long.class)
			.single();
		post("/admin/settings/tags/" + id, Map.of("label", "Gold"));
		assertThat(rules.activeCustomerTags(company.id())).containsExactly("Gold");
		assertThat(rules.rulesFor(company.id()).customerTags()).as("what the engine accepts").containsExactly("Gold");
		post("/admin/settings/tags/" + id + "/retire", Map.of("retired", "true"));
		assertThat(rules.activeCustomerTags(company.id())).isEmpty();
		assertThat(rules.rulesFor(company.id()).customerTags()).isEmpty();
	}

	@Test
	void renamingATagChangesItsCustomersWithANewVersionAndHistory() {
		post("/admin/settings/tags", Map.of("label", "VIP"));
		long id = jdbc.sql("SELECT id FROM customer_tags WHERE company_id = :c")
			.param("c", company.id())
			.query(Long.class)
			.single();
		UUID tagged = new JobFixtures(jdbc).customer(company.id(), "Tia", "Tagged", null);
		UUID untagged = new JobFixtures(jdbc).customer(company.id(), "Una", "Untagged", null);
		jdbc.sql("UPDATE customers SET tags = '{VIP,Local}' WHERE id = :id").param("id", tagged).update();

		post("/admin/settings/tags/" + id, Map.of("label", "Gold"));

		assertThat(jdbc.sql("SELECT array_to_string(tags, ',') || ' v' || version FROM customers WHERE id = :id")
			.param("id", tagged)
			.query(String.class)
			.single()).isEqualTo("Gold,Local v1");
		assertThat(jdbc.sql("SELECT version FROM customers WHERE id = :id")
			.param("id", untagged)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc
			.sql("""
					SELECT field || ': ' || old_value::text || ' -> ' || new_value::text || ' by ' || staff_id || ' via ' || channel
					FROM customer_history WHERE customer_id IN (:ids)""")
			.param("ids", java.util.List.of(tagged, untagged))
			.query(String.class)
			.list())
			.containsExactly("tags: [\"VIP\", \"Local\"] -> [\"Gold\", \"Local\"] by " + company.adminId() + " via ui");
	}

	@Test
	void theAuditLogCannotBeChangedOrDeleted() {
		post("/admin/settings/tags", Map.of("label", "Audit me"));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET change = 'forged' WHERE company_id = :c")
				.param("c", company.id())
				.update())
			.hasMessageContaining("append-only");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> jdbc.sql("DELETE FROM audit_log WHERE company_id = :c").param("c", company.id()).update())
			.hasMessageContaining("append-only");
	}

	private long stepId(String key) {
		return jdbc.sql("SELECT id FROM checklist_steps WHERE company_id = :c AND step_key = :k")
			.param("c", company.id())
			.param("k", key)
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> post(String path, Map<String, String> fields) {
		Map<String, String> withToken = new HashMap<>(fields);
		withToken.put("_csrf", admin.csrfToken("/admin"));
		return admin.postForm(path, withToken);
	}

}
