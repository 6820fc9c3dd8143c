package com.crewdesk.e2e;

import static com.crewdesk.support.JobListCells.cell;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.TestCustomers;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer rules a dispatcher meets in Chromium: do-not-service gets no new job, and
 * a customer with open jobs is not deleted.
 */
@CrewdeskIntegrationTest
class CustomerRulesE2E {

	@LocalServerPort
	int port;

	@Test
	void aDoNotServiceCustomerGetsNoNewJobAndTheRefusalNamesTheFlag() {
		String flagged = TestCustomers.create(port, Map.of("last_name", "Norepair Flagged", "do_not_service", true));
		TestCustomers.create(port, Map.of("last_name", "Norepair Welcome"));
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/customers/" + flagged);
			assertThat(page.locator("#do-not-service")).containsText("Do not service");
			assertThat(page.locator("#new-job-for-customer")).hasCount(0);

			page.navigate("/jobs/new");
			page.locator("#f-customer-search").pressSequentially("Norepair");
			assertThat(page.locator("#customer-options .customer-option")).hasText(new String[] { "Norepair Welcome" });

			page.navigate("/jobs/new?customer=" + flagged);
			assertThat(page.locator("#f-customer-search")).hasValue("Norepair Flagged");
			page.locator("#f-title").fill("Fix the gutter anyway");
			page.locator("#job-save").click();
			assertThat(page.locator("#f-customer_uuid-error")).containsText("do_not_service");
			assertThat(page).hasURL(Pattern.compile(".*/jobs/new$"));
		}
	}

	@Test
	void anAdminCreatesAJobForADoNotServiceCustomerOnlyByOverridingTheFlagAndHistoryShowsIt() {
		String flagged = TestCustomers.create(port, Map.of("last_name", "Override Needed", "do_not_service", true));
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("admin@acme.test", "admin");
			page.navigate("/customers/" + flagged);
			assertThat(page.locator("#do-not-service")).containsText("unless an administrator overrides the flag");
			page.locator("#new-job-for-customer").click();
			assertThat(page.locator("#f-customer-search")).hasValue("Override Needed");
			page.locator("#f-title").fill("Emergency tarp despite the flag");
			page.locator("#job-save").click();
			assertThat(page.locator("#f-customer_uuid-error")).containsText("do_not_service");
			page.locator("#f-override_do_not_service").check();
			page.locator("#job-save").click();
			assertThat(page.locator("#job-title")).hasText("Emergency tarp despite the flag");
			assertThat(page.locator(".history-entry .history-field", new Page.LocatorOptions().setHasText("Override")))
				.hasText("Override do not service");
		}
	}

	@Test
	void aDispatcherIsNotOfferedTheOverride() {
		String flagged = TestCustomers.create(port, Map.of("last_name", "Override Hidden", "do_not_service", true));
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs/new?customer=" + flagged);
			assertThat(page.locator("#f-customer-search")).hasValue("Override Hidden");
			assertThat(page.locator("#f-override_do_not_service")).hasCount(0);
		}
	}

	@Test
	void deletingACustomerWithOpenJobsIsRefusedWithALinkToThoseJobs() {
		String id = TestCustomers.create(port, Map.of("last_name", "Busybody"));
		TestCustomers.job(port, id, "Busybody open roof", "New");
		TestCustomers.job(port, id, "Busybody open gutter", "Contacted");
		TestCustomers.job(port, id, "Busybody finished porch", "Complete");
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/customers/" + id);
			page.onceDialog(dialog -> dialog.accept());
			page.locator("#delete-customer").click();
			assertThat(page.locator("#open-jobs-refusal")).containsText("2 open jobs");
			assertThat(page.locator("#customer-deleted")).hasCount(0);
			page.locator("#open-jobs-link").click();
			assertThat(page).hasURL(Pattern.compile(".*/jobs\\?customer=" + id + ".*"));
			assertThat(page.locator("#job-rows >> " + cell("title"))).hasCount(2);
			assertThat(page.locator("#job-rows")).containsText("Busybody open roof");
			assertThat(page.locator("#job-rows")).containsText("Busybody open gutter");
			assertThat(page.locator("#job-rows")).not().containsText("Busybody finished porch");
		}
	}

}
