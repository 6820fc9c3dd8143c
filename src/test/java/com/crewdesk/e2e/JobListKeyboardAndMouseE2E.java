package com.crewdesk.e2e;

import static com.crewdesk.support.JobListCells.cell;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.JobFixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a dispatcher trips over in the jobs list, with the mouse and with the keyboard
 * alone (issue 11, "Getting around" and "Editing in the list"). Each test owns its jobs
 * (a unique word in their titles).
 */
@CrewdeskIntegrationTest
class JobListKeyboardAndMouseE2E {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	JobFixtures fixtures;

	long acme;

	UUID customer;

	@BeforeEach
	void acmeCustomer() {
		fixtures = new JobFixtures(jdbc);
		acme = fixtures.companyId("Acme Roofing");
		customer = fixtures.customer(acme, "Usability", "Tester", null);
	}

	@Test
	void numberAndTitleLeadToTheJobWithoutGettingInTheWayOfEditorsAndSelection() {
		String marker = JobFixtures.marker();
		UUID job = fixtures.job(acme, customer, "Linked job " + marker).insert();
		String number = number(job);
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs?q=" + marker);
			Locator row = page.locator("#job-" + job);

			row.locator(cell("status") + " >> button").click();
			assertThat(page.locator("#job-" + job + " >> " + cell("status") + " >> select")).isVisible();
			page.keyboard().press("Escape");
			assertThat(page.locator("#job-" + job + " >> " + cell("status") + " >> button")).isVisible();
			page.locator("#job-" + job + " .row-select").click();
			assertThat(page.locator("#job-" + job + " .row-select")).isChecked();
			assertThat(page).hasURL(Pattern.compile(".*/jobs\\?q=" + marker + ".*"));

			page.locator("#job-" + job + " >> " + cell("title")).getByRole(AriaRole.LINK).click();
			assertThat(page).hasURL(Pattern.compile(".*/jobs/" + number + "$"));
			assertThat(page.locator("#job-number")).hasText(number);

			page.goBack();
			page.locator("#job-" + job + " th")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(number))
				.click();
			assertThat(page).hasURL(Pattern.compile(".*/jobs/" + number + "$"));
			assertThat(tab.consoleErrors()).noneMatch(e -> e.startsWith("htmx:"));
		}
	}

	@Test
	void aTechniciansRowLeadsToTheUpdateFormOfTheirJob() {
		String marker = JobFixtures.marker();
		UUID job = fixtures.job(acme, customer, "Tech linked " + marker)
			.assignee(fixtures.staffId("tech@acme.test"))
			.insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("tech@acme.test", "tech");
			page.navigate("/jobs?q=" + marker);
			page.locator("#job-" + job + " th a").click();
			assertThat(page).hasURL(Pattern.compile(".*/jobs/" + number(job) + "$"));
			assertThat(page.locator("#technician-form")).isVisible();
			assertThat(page.locator("#technician-form select[name=status]")).isVisible();
		}
	}

	@Test
	void skipToResultsIsTheFirstTabStopAndArrowDownLeavesTheSearchForTheFirstRow() {
		String marker = JobFixtures.marker();
		UUID first = fixtures.job(acme, customer, "Keyboard first " + marker).insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs?q=" + marker);
			page.keyboard().press("Tab");
			Locator skip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to results"));
			assertThat(skip).isFocused();
			page.keyboard().press("Enter");
			assertThat(page.locator("#results")).isFocused();
			page.keyboard().press("Tab");
			assertThat(page.locator("#results :focus")).hasCount(1);

			page.locator("#filter-q").focus();
			page.keyboard().press("ArrowDown");
			assertThat(page.locator("#job-" + first + " th a")).isFocused();
			page.keyboard().press("Tab");
			assertThat(page.locator("#job-" + first + " >> " + cell("status") + " >> button")).isFocused();
		}
	}

	@Test
	void aToastLeavesTheHeaderControlsFree() {
		String marker = JobFixtures.marker();
		UUID job = fixtures.job(acme, customer, "Toast place " + marker).status("New").insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs?q=" + marker);
			page.locator("#job-" + job + " >> " + cell("status") + " >> button").click();
			page.locator("#job-" + job + " >> " + cell("status") + " >> select").selectOption("Scheduled");
			Locator toast = page.locator("#toasts .toast").first();
			assertThat(toast).isVisible();
			BoundingBox box = toast.boundingBox();
			BoundingBox logout = page.locator("#logout").boundingBox();
			assertThat(overlap(box, logout)).as("toast %s covers Log out %s", box, logout).isFalse();
			// Log out can be clicked while the toast is shown (a trial click checks
			// nothing covers it).
			page.locator("#logout").click(new Locator.ClickOptions().setTrial(true).setTimeout(3_000));
		}
	}

	@Test
	void theFirstClickOnACellOpensItsEditorRightAfterTypingInTheSearch() {
		String marker = JobFixtures.marker();
		UUID job = fixtures.job(acme, customer, "First click " + marker).status("New").insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs");
			page.locator("#filter-q").click();
			page.locator("#filter-q").pressSequentially(marker, new Locator.PressSequentiallyOptions().setDelay(30));
			assertThat(page).hasURL(Pattern.compile(".*q=" + marker + ".*"));
			assertThat(page.locator("#job-rows .job-row")).hasCount(1);
			List<String> listRequests = listRequests(page);

			page.locator("#job-" + job + " >> " + cell("status") + " >> button").click();
			Locator select = page.locator("#job-" + job + " >> " + cell("status") + " >> select");
			assertThat(select).isVisible();
			select.selectOption("Scheduled");
			assertThat(page.locator("#job-" + job + " >> " + cell("status") + " >> button")).hasText("Scheduled");
			assertThat(status(job)).isEqualTo("Scheduled");
			assertThat(listRequests).as("leaving the unchanged search reloads nothing").isEmpty();
		}
	}

	@Test
	void arrowKeysInAStatusCellDoNotSaveEnterDoesAndEscapeCancels() {
		String marker = JobFixtures.marker();
		UUID job = fixtures.job(acme, customer, "Arrow keys " + marker).status("New").priority("Normal").insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs?q=" + marker);
			List<String> writes = writes(page);

			page.locator("#job-" + job + " >> " + cell("status") + " >> button").click();
			Locator select = page.locator("#job-" + job + " >> " + cell("status") + " >> select");
			assertThat(select).isFocused();
			page.keyboard().press("ArrowDown");
			page.keyboard().press("ArrowDown");
			assertThat(select).not().hasValue("New");
			String chosen = select.inputValue();
			assertThat(writes).isEmpty();
			assertThat(status(job)).isEqualTo("New");
			page.keyboard().press("Escape");
			assertThat(page.locator("#job-" + job + " >> " + cell("status") + " >> button")).hasText("New");
			assertThat(status(job)).isEqualTo("New");
			assertThat(writes).isEmpty();

			page.locator("#job-" + job + " >> " + cell("status") + " >> button").click();
			assertThat(select).isFocused();
			page.keyboard().press("ArrowDown");
			page.keyboard().press("ArrowDown");
			assertThat(writes).isEmpty();
			page.keyboard().press("Enter");
			assertThat(page.locator("#job-" + job + " >> " + cell("status") + " >> button")).hasText(chosen);
			assertThat(status(job)).isEqualTo(chosen);
			assertThat(writes).hasSize(1);

			page.locator("#job-" + job + " >> " + cell("priority") + " >> button").click();
			Locator priority = page.locator("#job-" + job + " >> " + cell("priority") + " >> select");
			assertThat(priority).isFocused();
			page.keyboard().press("ArrowDown");
			assertThat(writes).hasSize(1);
			page.locator("#filter-q").click(); // leaving the cell with a changed value
												// saves it
			assertThat(page.locator("#job-" + job + " >> " + cell("priority") + " >> button")).not().hasText("Normal");
			assertThat(writes).hasSize(2);
			assertThat(
					jdbc.sql("SELECT priority FROM jobs WHERE uuid = :u").param("u", job).query(String.class).single())
				.isNotEqualTo("Normal");
		}
	}

	@Test
	void thePickedCustomerSurvivesTheSuggestionsRefreshThatLeavingTheNameBoxStarts() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs");
			page.locator("#filter-customer-q")
				.pressSequentially("summit", new Locator.PressSequentiallyOptions().setDelay(40));
			Locator label = page
				.locator("#customer-options .customer-option label",
						new Page.LocatorOptions().setHasText("Summit Property Mgmt"))
				.first();
			assertThat(label).isVisible();
			assertThat(page.locator("#customer-loading.htmx-request")).hasCount(0);
			String name = label.textContent();
			// A slow hand: press on the name, let whatever leaving the name box started
			// finish, then release.
			label.hover();
			page.mouse().down();
			page.waitForFunction("() => !document.querySelector('#customer-loading.htmx-request')");
			page.mouse().up();
			assertThat(page).hasURL(Pattern.compile(".*customer=[0-9a-f-]{36}.*"));
			assertThat(page.locator("#job-rows >> " + cell("customer")).first()).hasText(name);
		}
	}

	@Test
	void enterInTheSearchSendsOneRequestAndIntendedRefusalsAreNotErrors() {
		String marker = JobFixtures.marker();
		UUID leaving = fixtures.staff(acme, "Leaving " + marker, "TECHNICIAN");
		UUID job = fixtures.job(acme, customer, "Enter once " + marker).insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs");
			List<String> listRequests = listRequests(page);
			page.locator("#filter-q").fill(marker);
			page.locator("#filter-q").press("Enter");
			assertThat(page).hasURL(Pattern.compile(".*q=" + marker + ".*"));
			assertThat(page.locator("#job-rows .job-row")).hasCount(1);
			assertThat(listRequests).hasSize(1);

			// A refused value (the technician left meanwhile): the answer is swapped in,
			// not reported as an error.
			page.locator("#job-" + job + " >> " + cell("assignee") + " >> button").click();
			Locator select = page.locator("#job-" + job + " >> " + cell("assignee") + " >> select");
			assertThat(select).isVisible();
			jdbc.sql("UPDATE staff_users SET active = false WHERE id = :id").param("id", leaving).update();
			select.selectOption(leaving.toString());
			assertThat(page.locator("#job-" + job + " >> " + cell("assignee") + " >> .cell-notice")).isVisible();
			assertThat(tab.consoleErrors()).noneMatch(e -> e.startsWith("htmx:"));
		}
	}

	private static List<String> listRequests(Page page) {
		List<String> urls = new CopyOnWriteArrayList<>();
		page.onRequest(request -> {
			if (request.url().matches(".*/jobs(\\?.*)?$") && "GET".equals(request.method())
					&& request.headerValue("hx-request") != null) {
				urls.add(request.url());
			}
		});
		return urls;
	}

	private static List<String> writes(Page page) {
		List<String> urls = new CopyOnWriteArrayList<>();
		page.onRequest(request -> {
			if (!"GET".equals(request.method())) {
				urls.add(request.method() + " " + request.url());
			}
		});
		return urls;
	}

	private static boolean overlap(BoundingBox a, BoundingBox b) {
		return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
	}

	private String number(UUID job) {
		return jdbc.sql("SELECT job_number FROM jobs WHERE uuid = :u").param("u", job).query(String.class).single();
	}

	private String status(UUID job) {
		return jdbc.sql("SELECT status FROM jobs WHERE uuid = :u").param("u", job).query(String.class).single();
	}

}
