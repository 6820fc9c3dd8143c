package com.crewdesk.e2e;

import static com.crewdesk.support.JobListCells.cell;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.JobService;
import com.crewdesk.patch.Actor;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.Role;
import com.crewdesk.security.Caller;
import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.JobFixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.KeyboardModifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Batch edit from the jobs list, as a dispatcher does it: tick rows across pages (header
 * box, shift-click), or every job matching the filter, open the panel, preview, apply.
 * Each test owns jobs whose titles carry a unique word and narrows the list to them.
 */
@CrewdeskIntegrationTest
class BatchEditE2E {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobService jobs;

	JobFixtures fixtures;

	long acme;

	UUID customer;

	@BeforeEach
	void acmeCustomer() {
		fixtures = new JobFixtures(jdbc);
		acme = fixtures.companyId("Acme Roofing");
		customer = fixtures.customer(acme, "Batch", "Tester", null);
	}

	@Test
	void ticksAcrossTwoPagesAssignedInOneBatchWithToastAndUpdatedRows() {
		String marker = JobFixtures.marker();
		List<UUID> created = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			created.add(fixtures.job(acme, customer, "Batch pages " + marker).insert());
		}
		UUID sam = staffIdByName("Sam Becker");
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs?q=" + marker + "&sort=number&dir=asc&size=25");
			Locator boxes = page.locator("#job-rows .row-select");
			assertThat(boxes).hasCount(25);
			assertThat(page.locator("#selection-bar")).isHidden();

			boxes.nth(0).click();
			boxes.nth(2).click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.SHIFT)));
			assertThat(boxes.nth(1)).isChecked();
			assertThat(page.locator("#selection-count")).hasText("3 jobs selected");
			assertThat(page.locator("#select-page")).not().isChecked();

			page.locator("#page-next").click();
			assertThat(page.locator("#page-info")).containsText("Page 2");
			assertThat(boxes).hasCount(5);
			assertThat(page.locator("#job-rows .row-select:checked")).hasCount(0);
			boxes.nth(4).click();
			assertThat(page.locator("#selection-count")).hasText("4 jobs selected");

			page.locator("#batch-edit").click();
			assertThat(page.locator("#batch-count")).hasText("4");
			assertThat(page.locator("#batch-notify")).isChecked();
			page.locator("#batch-assign-filter").fill("sam");
			assertThat(page.locator("#batch-assign")).hasValue(sam.toString());
			page.locator("#batch-preview").click();
			assertThat(page.locator("#preview-changing")).containsText("4 will change");
			page.locator("#batch-apply").click();

			assertThat(page.locator("#toasts .toast")).containsText("4 jobs assigned to Sam Becker");
			assertThat(page.locator("#batch-applied-message")).hasText("4 jobs assigned to Sam Becker");
			Locator changedHere = page.locator("#job-" + created.get(29));
			assertThat(changedHere.locator(cell("assignee"))).hasText("Sam Becker");
			assertThat(changedHere).hasClass(Pattern.compile(".*row-flash.*"));
			assertThat(page.locator("#selection-bar")).isHidden();

			page.locator("#page-prev").click();
			assertThat(page.locator("#page-info")).containsText("Page 1");
			for (int i = 0; i < 3; i++) {
				assertThat(page.locator("#job-" + created.get(i) + " >> " + cell("assignee"))).hasText("Sam Becker");
			}
			assertThat(page.locator("#job-" + created.get(3) + " >> " + cell("assignee"))).hasText("Unassigned");
			assertThat(tab.consoleErrors()).isEmpty();
		}
		List<UUID> expected = List.of(created.get(0), created.get(1), created.get(2), created.get(29));
		assertThat(jdbc.sql("SELECT uuid FROM jobs WHERE title = :t AND assigned_to_user_id = :sam")
			.param("t", "Batch pages " + marker)
			.param("sam", sam)
			.query(UUID.class)
			.list()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(jdbc
			.sql("SELECT count(*) FROM job_history h JOIN jobs j ON j.id = h.job_id "
					+ "WHERE j.title = :t AND h.channel = 'batch'")
			.param("t", "Batch pages " + marker)
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void allMatchingAFilterOfMoreThanAThousandJobsRunsInTheBackgroundToTheEnd() {
		String marker = JobFixtures.marker();
		fixtures.job(acme, customer, "Batch bulk " + marker).insertCopies(1_200);
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs?q=" + marker);
			assertThat(page.locator("#job-total")).hasText("1,200");
			page.locator("#select-page").click();
			assertThat(page.locator("#selection-count")).hasText("50 jobs selected");
			assertThat(page.locator("#select-all-matching")).hasText("Select all 1,200 matching this filter");
			page.locator("#select-all-matching").click();
			assertThat(page.locator("#selection-count")).hasText("All 1,200 matching jobs selected");
			page.locator("#page-next").click();
			assertThat(page.locator("#page-info")).containsText("Page 2");
			assertThat(page.locator("#job-rows .row-select:checked")).hasCount(50);

			page.locator("#batch-edit").click();
			assertThat(page.locator("#batch-count")).hasText("1,200");
			assertThat(page.locator("#batch-background-note")).isVisible();
			page.locator("#batch-priority").selectOption("High");
			page.locator("#batch-apply").click();

			page.waitForURL(Pattern.compile(".*/jobs/batches/[0-9a-f-]{36}$"));
			Locator bar = page.locator("#batch-progress-bar");
			assertThat(bar).hasAttribute("max", "1200");
			assertThat(page.locator("#batch-state")).containsText("Done",
					new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
			assertThat(page.locator("#batch-progress-bar")).hasAttribute("value", "1200");
			assertThat(page.locator("#batch-changed-jobs a").first()).isVisible();

			page.navigate("/jobs?q=" + marker);
			assertThat(page.locator("#selection-bar")).isHidden();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM jobs WHERE title = :t AND priority = 'High'")
			.param("t", "Batch bulk " + marker)
			.query(Long.class)
			.single()).isEqualTo(1_200);
	}

	@Test
	void aJobDeletedMeanwhileRefusesTheBatchThenValidOnlyApplies() {
		String marker = JobFixtures.marker();
		UUID first = fixtures.job(acme, customer, "Batch refused " + marker).insert();
		UUID doomed = fixtures.job(acme, customer, "Batch refused " + marker).insert();
		UUID third = fixtures.job(acme, customer, "Batch refused " + marker).insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = panelSettingThreeJobsToScheduled(tab, marker);

			jobs.softDelete(admin(), doomed, null);
			page.locator("#batch-apply").click();

			assertRefusedNaming(page, numberOf(doomed), "was deleted");
			assertThat(statusOf(first)).isEqualTo("New");
			assertThat(statusOf(third)).isEqualTo("New");

			page.locator("#batch-apply-valid").click();
			assertThat(page.locator("#batch-applied-message")).hasText("2 jobs set to Scheduled");
			assertThat(page.locator("#toasts .toast")).containsText("2 jobs set to Scheduled");
		}
		assertThat(statusOf(first)).isEqualTo("Scheduled");
		assertThat(statusOf(third)).isEqualTo("Scheduled");
		assertThat(statusOf(doomed)).isEqualTo("New");
	}

	@Test
	void aJobChangedAfterThePreviewIsRefusedThenValidOnlyAppliesToTheOthers() {
		String marker = JobFixtures.marker();
		UUID first = fixtures.job(acme, customer, "Batch previewed " + marker).insert();
		UUID changed = fixtures.job(acme, customer, "Batch previewed " + marker).insert();
		UUID third = fixtures.job(acme, customer, "Batch previewed " + marker).insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = panelSettingThreeJobsToScheduled(tab, marker);
			page.locator("#batch-preview").click();
			assertThat(page.locator("#preview-changing")).containsText("3 will change");

			jobs.update(admin(), changed, Patch.of(Map.of("priority", "High")), null, Channel.API);
			page.locator("#batch-apply").click();

			assertRefusedNaming(page, numberOf(changed), "changed since you previewed it");
			assertThat(statusOf(first)).isEqualTo("New");
			assertThat(statusOf(third)).isEqualTo("New");

			page.locator("#batch-apply-valid").click();
			assertThat(page.locator("#batch-applied-message")).hasText("2 jobs set to Scheduled");
		}
		assertThat(statusOf(first)).isEqualTo("Scheduled");
		assertThat(statusOf(third)).isEqualTo("Scheduled");
		assertThat(statusOf(changed)).isEqualTo("New");
	}

	@Test
	void aViewerHasNoBatchControls() {
		String marker = JobFixtures.marker();
		fixtures.job(acme, customer, "Batch viewer " + marker).insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("viewer@acme.test", "viewer");
			page.navigate("/jobs?q=" + marker);
			assertThat(page.locator("#job-rows .job-row")).hasCount(1);
			assertThat(page.locator("#job-rows .row-select")).hasCount(0);
			assertThat(page.locator("#select-page")).hasCount(0);
			assertThat(page.locator("#selection-bar")).hasCount(0);
			assertThat(page.locator("#batch-edit")).hasCount(0);
		}
	}

	/**
	 * A dispatcher ticks the three jobs of {@code marker}, opens the batch panel and
	 * chooses status Scheduled.
	 */
	private static Page panelSettingThreeJobsToScheduled(Browser.Tab tab, String marker) {
		Page page = tab.page();
		tab.logIn("dispatch@acme.test", "dispatch");
		page.navigate("/jobs?q=" + marker);
		page.locator("#select-page").click();
		assertThat(page.locator("#selection-count")).hasText("3 jobs selected");
		page.locator("#batch-edit").click();
		page.locator("#batch-status").selectOption("Scheduled");
		return page;
	}

	/**
	 * The batch was refused, nothing written, and the one job that could not change is
	 * named with the reason.
	 */
	private static void assertRefusedNaming(Page page, String jobNumber, String reason) {
		assertThat(page.locator("#batch-refused")).containsText("nothing was written");
		assertThat(page.locator("#batch-errors .batch-error-row")).hasCount(1);
		assertThat(page.locator("#batch-errors .batch-error-row")).containsText(jobNumber);
		assertThat(page.locator("#batch-errors .batch-error-row")).containsText(reason);
	}

	private String numberOf(UUID job) {
		return jdbc.sql("SELECT job_number FROM jobs WHERE uuid = :u").param("u", job).query(String.class).single();
	}

	private UUID staffIdByName(String name) {
		return jdbc.sql("SELECT id FROM staff_users WHERE company_id = :c AND display_name = :n")
			.param("c", acme)
			.param("n", name)
			.query(UUID.class)
			.single();
	}

	private String statusOf(UUID job) {
		return jdbc.sql("SELECT status FROM jobs WHERE uuid = :u").param("u", job).query(String.class).single();
	}

	private Caller admin() {
		return new Caller(acme, Actor.staff(fixtures.staffId("admin@acme.test"), Role.ADMIN));
	}

}
