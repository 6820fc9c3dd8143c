package com.crewdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.JobFixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The job form shows the controls it means and no others (issue 11, "Forms"). */
@CrewdeskIntegrationTest
class JobFormControlsE2E {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNewJobFormHasOnlyItsThreeLabelledFlags() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs/new");
			assertThat(page.locator("#f-title")).isVisible();
			assertOnlyTheseCheckboxes(page, List.of("Urgent", "Emergency", "Warranty voided"));
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

	@Test
	void theEditFormHasOnlyItsFlagsAndTheNotifyChoice() {
		JobFixtures fixtures = new JobFixtures(jdbc);
		long acme = fixtures.companyId("Acme Roofing");
		UUID customer = fixtures.customer(acme, "Form", "Controls", null);
		UUID job = fixtures.job(acme, customer, "Form controls " + JobFixtures.marker()).insert();
		String number = jdbc.sql("SELECT job_number FROM jobs WHERE uuid = :u")
			.param("u", job)
			.query(String.class)
			.single();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs/" + number + "/edit");
			assertThat(page.locator("#f-title")).isVisible();
			assertOnlyTheseCheckboxes(page, List.of("Urgent", "Emergency", "Warranty voided",
					"Notify the technician when the assignment or status changes"));
		}
	}

	@SuppressWarnings("unchecked")
	private static void assertOnlyTheseCheckboxes(Page page, List<String> labels) {
		Locator boxes = page.locator("#job-form input[type=checkbox]");
		assertThat(boxes).hasCount(labels.size());
		for (String label : labels) {
			assertThat(page.getByLabel(label, new Page.GetByLabelOptions().setExact(true))).isVisible();
		}
		// One hidden "false" per checkbox (so an unticked box is sent), none for the
		// text, date and time fields
		// (the edit form's orig.* fields, the values the form was opened with, are
		// another matter).
		assertThat(page.locator("#job-form input[type=hidden][value=false]:not([name^='orig.'])"))
			.hasCount(labels.size());
		// Nothing but the checkboxes' own labels and the field labels: every text, date
		// and time input has one.
		List<String> unlabelled = (List<String>) page.evaluate(
				"""
						() => Array.from(document.querySelectorAll('#job-form input:not([type=hidden]), #job-form select, #job-form textarea'))
						  .filter(e => e.offsetParent !== null && e.labels.length === 0 && !e.getAttribute('aria-label'))
						  .map(e => e.outerHTML)""");
		assertThat(unlabelled).isEmpty();
	}

}
