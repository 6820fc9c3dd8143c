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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Someone else (the API) changes a job while a dispatcher has its edit form open. */
@CrewdeskIntegrationTest
class JobConflictE2E {

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
	void aConcurrentChangeToAnotherFieldIsPreserved() {
		TestJobs.Created job = jobs.create("Concurrent other field", Map.of("description", "Original"));
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs/" + job.number() + "/edit");
			jobs.patch(job, Map.of("description", "Changed through the API"));

			page.locator("#f-title").fill("Renamed in the form");
			page.locator("#job-save").click();

			assertThat(page.locator("#job-title")).hasText("Renamed in the form");
			assertThat(page.locator("#job-description")).hasText("Changed through the API");
			assertThat(jobs.field(job, "description")).isEqualTo("Changed through the API");
		}
	}

	@Test
	void aConcurrentChangeToTheSameFieldAsksAndKeepingMineKeepsMine() {
		TestJobs.Created job = jobs.create("Same field", Map.of());
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = openConflict(tab, job);

			page.locator("#keep-mine-f-title").check();
			page.locator("#job-save").click();

			assertThat(page.locator("#job-title")).hasText("Mine");
			assertThat(page.locator("#job-priority")).hasText("High");
			assertThat(jobs.field(job, "title")).isEqualTo("Mine");
		}
	}

	@Test
	void aConcurrentChangeToTheSameFieldAsksAndTakingTheirsKeepsTheirs() {
		TestJobs.Created job = jobs.create("Same field", Map.of());
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = openConflict(tab, job);

			page.locator("#take-theirs-f-title").check();
			page.locator("#job-save").click();

			assertThat(page.locator("#job-title")).hasText("Theirs");
			assertThat(page.locator("#job-priority")).hasText("High");
			assertThat(jobs.field(job, "title")).isEqualTo("Theirs");
		}
	}

	@Test
	void savingAgainWithoutAChoiceWritesNothingAndAsksAgain() {
		TestJobs.Created job = jobs.create("Same field", Map.of());
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = openConflict(tab, job);
			String version = jobs.field(job, "version");

			page.locator("#job-save").click();

			assertThat(page.locator("#conflicts-undecided")).isVisible();
			assertThat(page.locator("#conflict-f-title .mine-value")).hasText("Mine");
			assertThat(page.locator("#conflict-f-title .theirs-value")).hasText("Theirs");
			assertThat(jobs.field(job, "title")).isEqualTo("Theirs");
			assertThat(jobs.field(job, "priority")).isEqualTo("Normal");
			assertThat(jobs.field(job, "version")).isEqualTo(version);

			page.locator("#keep-mine-f-title").check();
			page.locator("#job-save").click();
			assertThat(page.locator("#job-title")).hasText("Mine");
			assertThat(jobs.field(job, "priority")).isEqualTo("High");
		}
	}

	/**
	 * The user renames the job and raises its priority while the API renames it too;
	 * nothing is written yet.
	 */
	private Page openConflict(Browser.Tab tab, TestJobs.Created job) {
		Page page = tab.page();
		tab.logIn("dispatch@acme.test", "dispatch");
		page.navigate("/jobs/" + job.number() + "/edit");
		jobs.patch(job, Map.of("title", "Theirs"));
		page.locator("#f-title").fill("Mine");
		page.locator("#f-priority").selectOption("High");
		page.locator("#job-save").click();

		assertThat(page.locator("#conflicts")).isVisible();
		assertThat(page.locator("#conflict-f-title .mine-value")).hasText("Mine");
		assertThat(page.locator("#conflict-f-title .theirs-value")).hasText("Theirs");
		assertThat(page.locator("#conflicts fieldset")).hasCount(1);
		assertThat(page.locator("#keep-mine-f-title")).isFocused();
		assertThat(jobs.field(job, "title")).isEqualTo("Theirs");
		assertThat(jobs.field(job, "priority")).isEqualTo("Normal");
		return page;
	}

}
