package com.crewdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.TestJobs;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A dispatcher creates and edits jobs with the forms, and sees the result on the job
 * page.
 */
@CrewdeskIntegrationTest
class JobFormE2E {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	TestJobs jobs;

	@BeforeEach
	void setUp() {
		jobs = new TestJobs(new ApiClient(port, "cd_demo_acme_key"), new DemoData(jdbc));
	}

	@Test
	void createWithAnErrorShowsItNextToTheFieldKeepsTheValuesAndThenSucceeds() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs/new");
			page.locator("#f-customer-search").pressSequentially("an");
			page.locator(".customer-option").first().click();
			assertThat(page.locator("#f-customer_uuid")).not().hasValue("");
			assertThat(page.locator("#f-service_city")).not().hasValue("");
			page.locator("#f-estimated_amount").fill("12.345");
			page.locator("#f-scheduled_time_start").fill("10:00");
			page.locator("#f-scheduled_time_end").fill("09:00");
			page.locator("#f-description").focus();
			assertThat(page.locator("#f-scheduled_time_end-error")).containsText("must be after");

			page.locator("#job-save").click();

			assertThat(page.locator("#f-title-error")).hasText("must not be blank");
			assertThat(page.locator("#f-estimated_amount-error")).containsText("at most 2 decimal places");
			assertThat(page.locator("#f-estimated_amount")).hasValue("12.345");
			assertThat(page.locator("#f-customer_uuid")).not().hasValue("");
			assertThat(page.locator("#f-title")).isFocused();

			page.locator("#f-title").fill("Replace flashing (E2E)");
			page.locator("#f-estimated_amount").fill("12.34");
			page.locator("#f-scheduled_time_end").fill("11:30");
			page.locator("#f-title").press("Enter");

			assertThat(page).hasURL(Pattern.compile(".*/jobs/JOB-\\d+$"));
			assertThat(page.locator("#flash-toast")).containsText("created");
			assertThat(page.locator("#job-title")).hasText("Replace flashing (E2E)");
			assertThat(page.locator("#job-estimated")).hasText("12.34");
			assertThat(page.locator("#job-status")).hasText("New");
			// The refused post answered 400 (which Chromium logs); nothing else may have
			// gone wrong.
			assertThat(tab.consoleErrors()).allMatch(error -> error.contains("status of 400"));
		}
	}

	@Test
	void editingTwoFieldsWritesExactlyTwoHistoryEntries() {
		TestJobs.Created job = jobs.create("Two field edit", Map.of("description", "Gutter"));
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs/" + job.number() + "/edit");
			page.locator("#f-title").fill("Two field edit, renamed");
			page.locator("#f-priority").selectOption("High");
			page.locator("#job-save").click();

			assertThat(page).hasURL(Pattern.compile(".*/jobs/" + job.number() + "$"));
			assertThat(page.locator("#job-priority")).hasText("High");
			assertThat(
					page.locator(".history-entry")
						.filter(new com.microsoft.playwright.Locator.FilterOptions()
							.setHas(page.locator(".history-channel", new Page.LocatorOptions().setHasText("ui")))))
				.hasCount(2);
			assertThat(page.locator(".history-entry .history-field").first()).isVisible();
			assertThat(page.locator(".history-entry").nth(0).locator(".history-channel")).hasText("ui");
			assertThat(page.locator(".history-entry").nth(0).locator(".history-who")).hasText("Dee Dispatch");
			assertThat(page.locator(".history-entry").nth(2).locator(".history-channel")).hasText("api");
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

	@Test
	void clearingAnOptionalFieldEmptiesIt() {
		TestJobs.Created job = jobs.create("Clear description",
				Map.of("description", "To be removed", "estimated_amount", "10.00"));
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs/" + job.number() + "/edit");
			page.locator("#f-description").fill("");
			page.locator("#job-save").click();

			assertThat(page.locator("#job-description")).hasText("—");
			assertThat(page.locator("#job-estimated")).hasText("10.00");
			assertThat(jobs.field(job, "description")).isNull();
		}
	}

	@Test
	void escapeLeavesTheFormAndDeleteThenRestoreWork() {
		TestJobs.Created job = jobs.create("Delete me", Map.of());
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs/" + job.number() + "/edit");
			page.locator("#f-title").press("Escape");
			assertThat(page).hasURL(Pattern.compile(".*/jobs/" + job.number() + "$"));

			page.onceDialog(dialog -> dialog.accept());
			page.locator("#delete-job").click();
			assertThat(page.locator("#deleted-banner")).isVisible();
			page.locator("#restore-job").click();
			assertThat(page.locator("#deleted-banner")).hasCount(0);
			assertThat(page.locator("#flash-toast")).containsText("restored");
		}
	}

	@Test
	void aMissingJobIsAFriendlyPage() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			tab.logIn("dispatch@acme.test", "dispatch");
			var response = tab.page().navigate("/jobs/JOB-999999");
			assertThat(response.status()).isEqualTo(404);
			assertThat(tab.page().locator("#error-title")).hasText("Not found");
		}
	}

}
