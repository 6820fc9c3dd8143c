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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inline edit, delete, undo and restore in the jobs list. Each test makes its own Acme
 * job, with a unique word in its title, and narrows the list to it, so the demo data and
 * other tests are left alone.
 */
@CrewdeskIntegrationTest
class JobInlineEditE2E {

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
		customer = fixtures.customer(acme, "Inline", "Tester", null);
	}

	@Test
	void changedStatusIsSavedFlashedAndStillThereAfterReload() {
		String marker = JobFixtures.marker();
		UUID job = fixtures.job(acme, customer, "Inline status " + marker).status("New").insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = openList(tab, "dispatch@acme.test", "dispatch", marker);
			Locator row = row(page, job);
			row.locator(cell("status") + " >> button").click();
			row.locator(cell("status") + " >> select").selectOption("In Progress");

			assertThat(row(page, job).locator(cell("status"))).hasText("In Progress");
			assertThat(row(page, job)).hasClass(java.util.regex.Pattern.compile(".*row-flash.*"));
			assertThat(page.locator("#toasts .toast")).containsText("status saved");
			page.reload();
			assertThat(row(page, job).locator(cell("status"))).hasText("In Progress");
			assertThat(status(job)).isEqualTo("In Progress");
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

	@Test
	void keyboardOpensTheControlEscapeCancelsAndEnterSavesTheDate() {
		String marker = JobFixtures.marker();
		UUID job = fixtures.job(acme, customer, "Inline date " + marker).insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = openList(tab, "dispatch@acme.test", "dispatch", marker);
			row(page, job).locator(cell("scheduled") + " >> button").focus();
			page.keyboard().press("Enter");
			Locator date = row(page, job).locator(cell("scheduled") + " >> input[type=date]");
			assertThat(date).isFocused();
			page.keyboard().press("Escape");
			assertThat(row(page, job).locator(cell("scheduled"))).containsText("Not scheduled");

			row(page, job).locator(cell("scheduled") + " >> button").click();
			row(page, job).locator(cell("scheduled") + " >> input[type=date]").fill("2027-03-04");
			page.keyboard().press("Enter");

			assertThat(row(page, job).locator(cell("scheduled") + " >> button")).hasText("2027-03-04");
			assertThat(row(page, job).locator(cell("scheduled") + " >> button")).isFocused();
			assertThat(jdbc.sql("SELECT scheduled_date::text FROM jobs WHERE uuid = :u")
				.param("u", job)
				.query(String.class)
				.single()).isEqualTo("2027-03-04");
		}
	}

	@Test
	void refusedValueShowsTheMessageNextToTheCellAndChangesNothing() {
		String marker = JobFixtures.marker();
		UUID leaving = fixtures.staff(acme, "Leaving Tech " + marker, "TECHNICIAN");
		UUID job = fixtures.job(acme, customer, "Inline refused " + marker).insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = openList(tab, "dispatch@acme.test", "dispatch", marker);
			row(page, job).locator(cell("assignee") + " >> button").click();
			Locator select = row(page, job).locator(cell("assignee") + " >> select");
			assertThat(select.locator("option", new Locator.LocatorOptions().setHasText("Leaving Tech " + marker)))
				.hasCount(1);
			// The technician leaves the company while the dropdown is open.
			jdbc.sql("UPDATE staff_users SET active = false WHERE id = :id").param("id", leaving).update();
			select.selectOption(leaving.toString());

			Locator cell = row(page, job).locator(cell("assignee"));
			assertThat(cell.locator(".cell-notice")).isVisible();
			assertThat(cell.locator("button")).hasText("Unassigned");
			assertThat(jdbc.sql("SELECT assigned_to_user_id FROM jobs WHERE uuid = :u")
				.param("u", job)
				.query(UUID.class)
				.optional()).isEmpty();
			page.reload();
			assertThat(row(page, job).locator(cell("assignee"))).hasText("Unassigned");
		}
	}

	@Test
	void editOvertakenBySomeoneElseShowsTheCurrentValuesAndSaysSo() {
		String marker = JobFixtures.marker();
		UUID job = fixtures.job(acme, customer, "Inline conflict " + marker).status("New").priority("Normal").insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = openList(tab, "dispatch@acme.test", "dispatch", marker);
			row(page, job).locator(cell("status") + " >> button").click();
			// The editor is open (it carries the version it was read at) before the other
			// change: a change made while its GET is still on the way is no conflict.
			assertThat(row(page, job).locator(cell("status") + " >> select")).isVisible();
			// Meanwhile an admin changes the same job through the service.
			jobs.update(admin(), job, Patch.of(Map.of("priority", "Emergency")), null, Channel.UI);
			row(page, job).locator(cell("status") + " >> select").selectOption("Complete");

			Locator row = row(page, job);
			assertThat(row.locator(cell("status") + " >> .cell-notice"))
				.containsText("Someone else changed this job meanwhile");
			assertThat(row.locator(cell("priority"))).hasText("Emergency");
			assertThat(row.locator(cell("status") + " >> button")).hasText("New");
			assertThat(status(job)).isEqualTo("New");
		}
	}

	@Test
	void deleteAsksFirstAndUndoBringsTheJobBack() {
		String marker = JobFixtures.marker();
		UUID job = fixtures.job(acme, customer, "Inline delete " + marker).insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = openList(tab, "dispatch@acme.test", "dispatch", marker);
			page.onceDialog(dialog -> dialog.dismiss());
			row(page, job).locator(".job-delete").click();
			assertThat(row(page, job).locator(".deleted-badge")).hasCount(0);
			assertThat(deleted(job)).isFalse();

			page.onceDialog(dialog -> {
				assertThat(dialog.message()).startsWith("Delete JOB-");
				dialog.accept();
			});
			row(page, job).locator(".job-delete").click();
			assertThat(row(page, job).locator(".deleted-badge")).isVisible();
			assertThat(row(page, job)).hasClass(java.util.regex.Pattern.compile(".*job-deleted.*"));
			assertThat(deleted(job)).isTrue();

			page.locator("#toasts .toast-undo").click();
			assertThat(row(page, job).locator(".deleted-badge")).hasCount(0);
			assertThat(row(page, job).locator(".job-delete")).isVisible();
			assertThat(deleted(job)).isFalse();
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

	@Test
	void deletedJobIsRestoredFromTheShowDeletedView() {
		String marker = JobFixtures.marker();
		UUID job = fixtures.job(acme, customer, "Inline restore " + marker).insert();
		jobs.softDelete(admin(), job, null);
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = openList(tab, "dispatch@acme.test", "dispatch", marker);
			assertThat(page.locator("#no-jobs")).isVisible();
			page.locator("#filter-deleted").check();
			assertThat(row(page, job).locator(".deleted-badge")).isVisible();
			row(page, job).locator(".job-restore").click();
			assertThat(row(page, job).locator(".deleted-badge")).hasCount(0);
			assertThat(page.locator("#toasts .toast")).containsText("restored");
			assertThat(deleted(job)).isFalse();
		}
	}

	@Test
	void viewerSeesNoControls() {
		String marker = JobFixtures.marker();
		fixtures.job(acme, customer, "Inline viewer " + marker).insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = openList(tab, "viewer@acme.test", "viewer", marker);
			assertThat(page.locator("#job-rows .job-row")).hasCount(1);
			assertThat(page.locator("#job-rows td > button:not(.job-delete, .job-restore)")).hasCount(0);
			assertThat(page.locator("#job-rows .job-delete")).hasCount(0);
			assertThat(page.locator("#job-rows .job-restore")).hasCount(0);
		}
	}

	@Test
	void technicianMayChangeOnlyTheStatusOfTheirJobs() {
		String marker = JobFixtures.marker();
		UUID dana = fixtures.staffId("tech@acme.test");
		UUID job = fixtures.job(acme, customer, "Inline tech " + marker).assignee(dana).insert();
		fixtures.job(acme, customer, "Inline not mine " + marker).insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = openList(tab, "tech@acme.test", "tech", marker);
			assertThat(page.locator("#job-rows .job-row")).hasCount(1);
			Locator row = row(page, job);
			assertThat(row.locator(cell("priority") + " >> button")).hasCount(0);
			assertThat(row.locator(cell("assignee") + " >> button")).hasCount(0);
			assertThat(row.locator(".job-delete")).hasCount(0);
			row.locator(cell("status") + " >> button").click();
			row(page, job).locator(cell("status") + " >> select").selectOption("In Progress");
			assertThat(row(page, job).locator(cell("status"))).hasText("In Progress");
			assertThat(status(job)).isEqualTo("In Progress");
		}
	}

	private Page openList(Browser.Tab tab, String email, String password, String marker) {
		tab.logIn(email, password);
		tab.page().navigate("/jobs?q=" + marker);
		return tab.page();
	}

	private static Locator row(Page page, UUID job) {
		return page.locator("#job-" + job);
	}

	private Caller admin() {
		return new Caller(acme, Actor.staff(fixtures.staffId("admin@acme.test"), Role.ADMIN));
	}

	private String status(UUID job) {
		return jdbc.sql("SELECT status FROM jobs WHERE uuid = :u").param("u", job).query(String.class).single();
	}

	private boolean deleted(UUID job) {
		return jdbc.sql("SELECT deleted_at IS NOT NULL FROM jobs WHERE uuid = :u")
			.param("u", job)
			.query(Boolean.class)
			.single();
	}

}
