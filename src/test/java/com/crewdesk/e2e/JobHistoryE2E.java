package com.crewdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.TestJobs;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A dispatcher reads a job's history: names instead of ids, one entry for the creation,
 * and filters by field and channel with the keyboard.
 */
@CrewdeskIntegrationTest
class JobHistoryE2E {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	TestJobs jobs;

	DemoData demo;

	@BeforeEach
	void setUp() {
		demo = new DemoData(jdbc);
		jobs = new TestJobs(new ApiClient(port, "cd_demo_acme_key"), demo);
	}

	@Test
	void historyShowsNamesAndOneCreatedEntry() {
		TestJobs.Created job = jobs.create("History names", Map.of("worker", "luis@acme.test"));
		jobs.patch(job, Map.of("worker", "sam@acme.test"));
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs/" + job.number());

			Locator entries = page.locator(".history-entry");
			assertThat(entries).hasCount(2);
			assertThat(entries.nth(0)).containsText("Assigned to: Luis Ortega → Sam Becker");
			assertThat(entries.nth(1).locator(".history-field")).hasText("Created");
			assertThat(entries.nth(1).locator(".history-channel")).hasText("api");
			assertThat(entries.nth(1).locator(".history-who")).containsText("Demo integration");
		}
	}

	@Test
	void historyFiltersByFieldAndChannelAndKeepsTheFilterInTheUrl() {
		TestJobs.Created job = jobs.create("History filter", Map.of());
		jobs.patch(job, Map.of("priority", "High", "title", "History filter, renamed"));
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs/" + job.number() + "/edit");
			page.locator("#f-priority").selectOption("Low");
			page.locator("#job-save").click();
			assertThat(page.locator("#job-priority")).hasText("Low");
			assertThat(page.locator(".history-entry")).hasCount(4);

			Locator field = page.getByLabel("Field", new Page.GetByLabelOptions().setExact(true));
			field.selectOption("priority");
			assertThat(page).hasURL(Pattern.compile(".*history_field=priority.*"));
			assertThat(page.locator(".history-entry")).hasCount(2);
			assertThat(page.locator(".history-entry .history-field")).hasText(new String[] { "Priority", "Priority" });

			field.focus();
			page.keyboard().press("Tab");
			assertThat(page.getByLabel("Channel")).isFocused();
			page.getByLabel("Channel").selectOption("ui");
			page.keyboard().press("Tab");
			assertThat(page.locator("#history-filter-apply")).isFocused();
			page.keyboard().press("Enter");
			assertThat(page).hasURL(Pattern.compile(".*history_channel=ui.*"));
			assertThat(page.locator(".history-entry")).hasCount(1);
			assertThat(page.locator(".history-entry")).containsText("Priority: High → Low");

			page.reload();
			assertThat(page.getByLabel("Channel")).hasValue("ui");
			assertThat(page.locator(".history-entry")).hasCount(1);
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

}
