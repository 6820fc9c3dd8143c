package com.crewdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.jobs.list.JobCount;
import com.crewdesk.support.ApiClient;
import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.TestJobs;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A dispatcher opens the dashboard: every tile and bar leads to the jobs list showing
 * exactly the jobs it counted; the chart can be read as text and as a table. A technician
 * sees their coming days.
 */
@CrewdeskIntegrationTest
class DashboardE2E {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	TestJobs jobs;

	LocalDate today;

	@BeforeEach
	void setUp() {
		DemoData demo = new DemoData(jdbc);
		jobs = new TestJobs(new ApiClient(port, "cd_demo_acme_key"), demo);
		String zone = jdbc.sql("SELECT time_zone FROM companies WHERE name = 'Acme Roofing'")
			.query(String.class)
			.single();
		today = LocalDate.now(ZoneId.of(zone));
	}

	@Test
	void unassignedAndOverdueTilesLeadToExactlyTheirJobs() {
		jobs.create("Dashboard overdue",
				Map.of("status", "Scheduled", "scheduled_date", today.minusDays(3).toString()));
		jobs.create("Dashboard unassigned soon",
				Map.of("status", "Scheduled", "scheduled_date", today.plusDays(2).toString()));
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");

			for (String tile : new String[] { "#unassigned-count", "#overdue-count", "#unassigned-soon" }) {
				page.navigate("/");
				Locator link = page.locator(tile);
				long shown = Long.parseLong(link.textContent().trim().split(" ")[0].replace(",", ""));
				assertThat(shown).as(tile).isPositive();
				link.click();
				assertThat(page).hasURL(Pattern.compile(".*/jobs\\?.*"));
				assertThat(page.locator("#results")).hasAttribute("data-total", String.valueOf(shown));
			}
			assertThat(page.locator("#filter-assignee")).hasValue("unassigned");
			assertThat(page.locator("#filter-from")).hasValue(today.toString());
			assertThat(page.locator("#filter-to")).hasValue(today.plusDays(7).toString());
			assertThat(page.getByLabel("Complete", new Page.GetByLabelOptions().setExact(true))).not().isChecked();
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

	@Test
	void aTechniciansNameLeadsToTheirDay() {
		jobs.create("Dashboard Sam today", Map.of("worker", "sam@acme.test", "scheduled_date", today.toString(),
				"scheduled_time_start", "06:00", "scheduled_time_end", "06:30"));
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			Locator sam = page.locator(".technician-day").filter(new Locator.FilterOptions().setHasText("Sam Becker"));
			long count = Long.parseLong(sam.locator(".technician-count").textContent().trim());
			assertThat(count).isPositive();

			sam.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();

			assertThat(page)
				.hasURL(Pattern.compile(".*/jobs\\?assignee=[0-9a-f-]+&from=" + today + "&to=" + today + "$"));
			assertThat(page.locator("#results")).hasAttribute("data-total", String.valueOf(count));
			assertThat(page.locator("#jobs-table .job-row")).hasCount((int) Math.min(count, 50));
			assertThat(page.locator("#jobs-table")).containsText("Dashboard Sam today");
		}
	}

	@Test
	void theChartHasATextAlternativeATableBehindAKeyboardToggleAndBarsThatLeadToTheirJobs() {
		jobs.create("Dashboard chart", Map.of());
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");

			assertThat(page.locator("#chart-summary")).containsText("In the last 12 weeks");
			assertThat(page.locator("svg.week-chart")).hasAttribute("aria-describedby", "chart-summary");
			assertThat(page.locator("svg.week-chart .chart-bar")).hasCount(24);
			Locator table = page.locator("#chart-table");
			assertThat(table).isHidden();

			page.locator("#chart-data summary").focus();
			page.keyboard().press("Enter");
			assertThat(table).isVisible();
			assertThat(table.locator("tbody tr")).hasCount(12);
			page.keyboard().press("Space");
			assertThat(table).isHidden();
			page.keyboard().press("Enter");
			assertThat(table).isVisible();

			Locator lastWeekCreated = table.locator("tbody tr").last().locator("td").first().locator("a");
			long created = Long.parseLong(lastWeekCreated.textContent().trim());
			assertThat(created).isPositive();
			Locator bar = page.locator("svg.week-chart .chart-bar-created").last();
			assertThat(bar).hasAttribute("aria-label", Pattern.compile("^" + created + " created in the week of .*"));
			bar.click();
			assertThat(page).hasURL(Pattern.compile(".*/jobs\\?created_from=\\d{4}-\\d\\d-\\d\\d&created_to=.*"));
			if (created <= JobCount.CAP) {
				assertThat(page.locator("#results")).hasAttribute("data-total", String.valueOf(created));
			}
			else {
				// The whole run's tests create jobs in the demo company this week: past
				// the
				// cap the list says "at least" (or "about") instead of counting.
				assertThat(page.locator("#results")).hasAttribute("data-total-exact", "false");
			}
			assertThat(page.locator("#filter-created-days")).containsText("Created");
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

	@Test
	void aTechnicianSeesTheirJobsOfTodayAndTheNextSevenDaysInTimeOrder() {
		jobs.create("Agenda second", Map.of("worker", "priya@acme.test", "scheduled_date", today.plusDays(1).toString(),
				"scheduled_time_start", "00:05", "scheduled_time_end", "00:10"));
		jobs.create("Agenda first", Map.of("worker", "priya@acme.test", "scheduled_date", today.toString(),
				"scheduled_time_start", "23:50", "scheduled_time_end", "23:55"));
		jobs.create("Agenda beyond",
				Map.of("worker", "priya@acme.test", "scheduled_date", today.plusDays(8).toString()));
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("priya@acme.test", "tech");

			Locator agenda = page.locator("#agenda-list .agenda-job");
			assertThat(agenda.filter(new Locator.FilterOptions().setHasText("Agenda first"))).hasCount(1);
			assertThat(agenda).not().hasCount(0);
			java.util.List<String> titles = agenda.locator(".agenda-link").allTextContents();
			int first = indexOf(titles, "Agenda first");
			int second = indexOf(titles, "Agenda second");
			assertThat(first).isLessThan(second);
			assertThat(titles).noneMatch(t -> t.contains("Agenda beyond"));
			assertThat(page.locator("#week-chart")).hasCount(0);
			assertThat(page.locator("#tile-unassigned")).hasCount(0);

			agenda.filter(new Locator.FilterOptions().setHasText("Agenda first")).locator(".agenda-link").click();
			assertThat(page.locator("#job-title")).hasText("Agenda first");
		}
	}

	private static int indexOf(java.util.List<String> titles, String title) {
		for (int i = 0; i < titles.size(); i++) {
			if (titles.get(i).contains(title)) {
				return i;
			}
		}
		throw new AssertionError(title + " not in " + titles);
	}

}
