package com.crewdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.admin.TestCompany;
import com.crewdesk.apikeys.ApiKeySecrets;
import com.crewdesk.support.ApiClient;
import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An admin runs their company from the browser: staff, custom fields, workers_edit_job,
 * API keys.
 */
@CrewdeskIntegrationTest
class AdministrationE2E {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	TestCompany company;

	ApiClient api;

	UUID customer;

	@BeforeEach
	void setUp() {
		company = TestCompany.create(jdbc, passwords);
		String secret = ApiKeySecrets.newSecret();
		jdbc.sql("INSERT INTO api_keys (company_id, name, key_prefix, key_hash) VALUES (:c, 'Test', :p, :h)")
			.param("c", company.id())
			.param("p", ApiKeySecrets.prefix(secret))
			.param("h", ApiKeySecrets.hash(secret))
			.update();
		api = new ApiClient(port, secret);
		customer = UUID.randomUUID();
		jdbc.sql("INSERT INTO customers (id, company_id, first_name, last_name) VALUES (:id, :c, 'Jo', 'Brown')")
			.param("id", customer)
			.param("c", company.id())
			.update();
	}

	@Test
	void anAddedTechnicianSetsAPasswordAtFirstLoginAndSeesNoJobs() {
		String email = "tina-" + UUID.randomUUID().toString().substring(0, 8) + "@test.test";
		String temporary;
		try (Browser.Tab tab = adminTab()) {
			Page page = tab.page();
			page.navigate("/admin");
			page.locator("#admin-staff").click();
			page.locator("#add-person").click();
			page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Tina Tech");
			page.getByLabel("E-mail (login)").fill(email);
			page.getByLabel("Phone").fill("555-0101");
			page.getByLabel("Role").selectOption("TECHNICIAN");
			page.locator("#staff-save").click();
			assertThat(page.locator("h1")).hasText("Tina Tech was added");
			page.locator(".copy-button").click();
			assertThat(page.locator(".copy-button")).hasText("Copied");
			temporary = page.locator("#temporary-password").inputValue();
			page.navigate("/admin/staff");
			assertThat(page.locator("#staff-table")).containsText("Tina Tech");
			assertThat(tab.consoleErrors()).isEmpty();
		}
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn(email, temporary);
			assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
			assertThat(page.locator("#first-login-message")).isVisible();
			page.getByLabel("Temporary password").fill(temporary);
			page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("tinas very own secret");
			page.getByLabel("Repeat the new password").fill("tinas very own secret");
			page.locator("#password-save").click();
			assertThat(page.locator("#flash-toast")).containsText("password was changed");
			page.locator("#nav-my-jobs").click();
			assertThat(page.locator("h1")).hasText("My jobs");
			assertThat(page.locator("#no-jobs")).isVisible();
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

	@Test
	void aSelectCustomFieldAppearsOnTheJobFormAndLeavesItWhenRetiredButStaysInHistory() {
		String number = createJob("Custom field job", Map.of());
		try (Browser.Tab tab = adminTab()) {
			Page page = tab.page();
			page.navigate("/admin/settings");
			page.locator("#job-fields-key").fill("Roof_Colour");
			page.locator("#job-fields-label").fill("Roof colour");
			page.locator("#job-fields-type").selectOption("SELECT");
			page.locator("#job-fields-options").fill("Red\nSlate grey");
			page.locator("#job-fields-submit").click();
			assertThat(page.locator("#job-fields-table")).containsText("Roof_Colour");

			page.navigate("/jobs/" + number + "/edit");
			page.getByLabel("Roof colour").selectOption("Slate grey");
			page.locator("#job-save").click();
			assertThat(page.locator("#custom-Roof_Colour")).hasText("Slate grey");

			page.navigate("/admin/settings");
			page.locator("#retire-field-Roof_Colour").click();
			assertThat(page.locator("#job-fields-table")).containsText("Retired");

			page.navigate("/jobs/" + number + "/edit");
			assertThat(page.locator("#job-save")).isVisible();
			assertThat(page.locator("#f-custom_fields-Roof_Colour")).hasCount(0);
			page.navigate("/jobs/" + number);
			assertThat(page.locator("#history-list")).containsText("Slate grey");
			assertThat(page.locator("#custom-Roof_Colour")).hasCount(0);
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

	@Test
	void switchingWorkersEditJobShowsTheTechniciansScheduleField() {
		String tech = company.person(jdbc, passwords, "TECHNICIAN");
		String number = createJob("Schedule me", Map.of("assigned_to_user_id", company.staffId(jdbc, tech).toString()));
		try (Browser.Tab techTab = Browser.newTab(port); Browser.Tab adminTab = adminTab()) {
			techTab.logIn(tech, TestCompany.PASSWORD);
			Page techPage = techTab.page();
			techPage.navigate("/jobs/" + number);
			assertThat(techPage.locator("#f-status")).isVisible();
			assertThat(techPage.locator("#f-scheduled_date")).hasCount(0);

			Page admin = adminTab.page();
			admin.navigate("/admin/settings");
			admin.getByLabel("Technicians may change the scheduled day").check();
			admin.locator("#general-save").click();
			assertThat(admin.locator("#flash-toast")).containsText("Settings saved");

			techPage.reload();
			assertThat(techPage.locator("#f-scheduled_date")).isVisible();
			assertThat(techTab.consoleErrors()).isEmpty();
		}
	}

	@Test
	void aKeyCreatedInTheBrowserWorksUntilItIsRevoked() {
		try (Browser.Tab tab = adminTab()) {
			Page page = tab.page();
			page.navigate("/admin/api-keys");
			page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Warehouse sync");
			page.getByLabel("Scope").selectOption("READ_WRITE");
			page.locator("#key-create").click();
			String secret = page.locator("#new-key-secret").inputValue();
			page.locator("#copy-secret").click();
			assertThat(page.locator("#copy-secret")).hasText("Copied");

			ApiClient client = new ApiClient(port, secret);
			assertThat(client.get("/api/v1/jobs").status()).isEqualTo(200);
			page.reload();
			assertThat(page.locator("#new-key-secret")).hasCount(0);
			var row = page.locator(".key-row", new Page.LocatorOptions().setHasText("Warehouse sync"));
			assertThat(row).not().containsText("Never");

			row.getByText("Revoke…").click();
			page.locator("#confirm-revoke").click();
			assertThat(page.locator("#flash-toast")).containsText("revoked");
			assertThat(row).containsText("Revoked");
			assertThat(client.get("/api/v1/jobs").status()).isEqualTo(401);
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

	private Browser.Tab adminTab() {
		Browser.Tab tab = Browser.newTab(port);
		tab.logIn(company.adminEmail(), TestCompany.PASSWORD);
		return tab;
	}

	private String createJob(String title, Map<String, Object> extra) {
		Map<String, Object> body = new java.util.LinkedHashMap<>(extra);
		body.put("title", title);
		body.put("customer_uuid", customer.toString());
		ApiClient.Answer created = api.post("/api/v1/jobs", body);
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.data().get("job_number").asString();
	}

}
