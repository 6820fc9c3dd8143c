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
 * A technician's view of their job, and the notification they get when a dispatcher
 * assigns them.
 */
@CrewdeskIntegrationTest
class TechnicianJobE2E {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	DemoData demo;

	TestJobs jobs;

	@BeforeEach
	void setUp() {
		demo = new DemoData(jdbc);
		jobs = new TestJobs(new ApiClient(port, "cd_demo_acme_key"), demo);
	}

	@Test
	void aTechnicianChangesTheStatusButCannotChangeTheTitle() {
		TestJobs.Created job = jobs.create("Technician status",
				Map.of("assigned_to_user_id", demo.staffId("tech@acme.test").toString()));
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("tech@acme.test", "tech");
			page.navigate("/jobs/" + job.number());
			assertThat(page.locator("#f-title")).hasCount(0);
			assertThat(page.locator("#edit-job")).hasCount(0);

			page.locator("#f-status").selectOption("In Progress");
			page.locator("#f-closing_notes").fill("Started work");
			page.locator("#technician-save").click();

			assertThat(page.locator("#flash-toast")).containsText("saved");
			assertThat(page.locator("#job-status")).hasText("In Progress");
			assertThat(page.locator("#stamp-started_at")).not().hasText("—");

			page.navigate("/jobs/" + job.number() + "/edit");
			assertThat(page).hasURL(Pattern.compile(".*/jobs/" + job.number() + "#update$"));
			assertThat(page.locator("#f-title")).hasCount(0);
			assertThat(jobs.field(job, "title")).isEqualTo("Technician status");
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

	@Test
	void theTechnicianSeesTheNotificationAfterADispatcherAssignsThem() {
		TestJobs.Created job = jobs.create("Assign by form", Map.of());
		try (Browser.Tab dispatcher = Browser.newTab(port)) {
			dispatcher.logIn("dispatch@acme.test", "dispatch");
			Page page = dispatcher.page();
			page.navigate("/jobs/" + job.number() + "/edit");
			page.locator("#f-assigned_to_user_id").selectOption(demo.staffId("luis@acme.test").toString());
			assertThat(page.locator("#f-notify")).isChecked();
			page.locator("#job-save").click();
			assertThat(page.locator("#job-assignee")).hasText("Luis Ortega");
		}
		try (Browser.Tab tech = Browser.newTab(port)) {
			tech.logIn("luis@acme.test", "tech");
			Page page = tech.page();
			assertThat(page.locator("#notification-count")).isVisible();
			page.locator("#nav-notifications").click();
			var item = page.locator(".notification-unread", new Page.LocatorOptions().setHasText(job.number()));
			assertThat(item).hasCount(1);
			assertThat(item.locator(".notification-text")).containsText("was assigned to you");

			item.locator(".notification-mark-read").click();
			assertThat(page.locator(".notification-read", new Page.LocatorOptions().setHasText(job.number())))
				.hasCount(1);
			page.locator(".notification", new Page.LocatorOptions().setHasText(job.number()))
				.locator(".notification-open")
				.click();
			assertThat(page.locator("#job-number")).hasText(job.number());
			assertThat(tech.consoleErrors()).isEmpty();
		}
	}

}
