package com.crewdesk.e2e;

import static com.crewdesk.support.JobListCells.cell;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.patch.JobStatus;
import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The jobs list in a real browser: filters, search, sort, paging and URL state. Read-only
 * on the demo data.
 */
@CrewdeskIntegrationTest
class JobListE2E {

	@LocalServerPort
	int port;

	@Test
	void twoStatusesAndASearchTermShowOnlyMatchingRows() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs");
			page.getByLabel("Scheduled", new Page.GetByLabelOptions().setExact(true)).check();
			assertThat(page).hasURL(Pattern.compile(".*status=Scheduled.*"));
			page.getByLabel("Complete", new Page.GetByLabelOptions().setExact(true)).check();
			page.locator("#filter-q").pressSequentially("hail", new Locator.PressSequentiallyOptions().setDelay(40));

			assertThat(page)
				.hasURL(Pattern.compile(".*/jobs\\?status=Scheduled&status=Complete&q=hail&sort=updated&dir=desc$"));
			Locator rows = page.locator("#job-rows .job-row");
			assertThat(rows).hasCount(50);
			assertThat(page.locator("#job-rows >> " + cell("status")).allTextContents())
				.allMatch(s -> s.equals("Scheduled") || s.equals("Complete"));
			assertThat(page.locator("#job-rows >> " + cell("title")).allTextContents())
				.allMatch(t -> t.toLowerCase().contains("hail"));
			// htmx logs the requests that a newer one replaced (hx-sync replace) as
			// errors; nothing else may appear.
			assertThat(tab.consoleErrors()).allMatch(e -> e.equals("htmx:sendAbort") || e.equals("htmx:afterRequest"));
		}
	}

	@Test
	void theDemoCompanySeesItsExactTotalAndItAgreesWithTheStatusCounts() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			// Bolt (500 demo jobs): the run's other tests push Acme's jobs past the
			// 10,000
			// that are counted exactly.
			tab.logIn("admin@bolt.test", "admin");
			page.navigate("/jobs");
			String total = page.locator("#job-total").textContent();
			assertThat(total).as("an exact number: no \"+\", no \"about\"").matches("[0-9,]+");
			long sum = 0;
			for (JobStatus status : JobStatus.values()) {
				page.navigate("/jobs?status=" + URLEncoder.encode(status.label(), StandardCharsets.UTF_8));
				String shown = page.locator("#job-total").textContent();
				assertThat(shown).as(status.label()).matches("[0-9,]+");
				sum += Long.parseLong(shown.replace(",", ""));
			}
			assertThat(sum).as("the statuses' totals add up to the list's")
				.isEqualTo(Long.parseLong(total.replace(",", "")));
		}
	}

	@Test
	void searchFindsAJobByItsNumberOrPartOfIt() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs");
			String number = page.locator("#job-rows th span").first().textContent();

			page.locator("#filter-q")
				.pressSequentially(number.toLowerCase(), new Locator.PressSequentiallyOptions().setDelay(20));
			assertThat(page).hasURL(Pattern.compile(".*q=" + number.toLowerCase() + ".*"));
			assertThat(page.locator("#job-rows th span")).hasText(new String[] { number });
			assertThat(page.locator("#job-count")).hasText("1 job");

			String digits = number.substring(number.length() - 3);
			page.locator("#filter-q").fill(digits);
			assertThat(page).hasURL(Pattern.compile(".*q=" + digits + "&.*"));
			assertThat(page.locator("#job-rows th span").first()).isVisible();
			assertThat(page.locator("#job-rows th span").allTextContents()).hasSizeGreaterThan(1)
				.allMatch(shown -> shown.substring(4).contains(digits));
		}
	}

	@Test
	void clickingAColumnHeaderSortsAndClickingAgainReverses() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs");
			page.locator("#sort-title").click();
			assertThat(page).hasURL(Pattern.compile(".*sort=title&dir=asc$"));
			assertThat(page.locator("th[aria-sort=ascending] #sort-title")).isVisible();
			List<String> ascending = page.locator("#job-rows >> " + cell("title")).allTextContents();
			assertThat(ascending).isSortedAccordingTo(Comparator.naturalOrder());

			page.locator("#sort-title").click();
			assertThat(page).hasURL(Pattern.compile(".*sort=title&dir=desc$"));
			List<String> descending = page.locator("#job-rows >> " + cell("title")).allTextContents();
			assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
			assertThat(descending.get(0)).isNotEqualTo(ascending.get(0));

			// A filter change keeps the chosen sort.
			page.locator("#filter-priority").selectOption("High");
			assertThat(page).hasURL(Pattern.compile(".*priority=High&sort=title&dir=desc$"));
			assertThat(page.locator("#job-rows >> " + cell("priority")).allTextContents()).containsOnly("High");
		}
	}

	@Test
	void pagingReloadAndBackKeepTheState() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs");
			page.locator("#filter-size").selectOption("25");
			assertThat(page).hasURL(Pattern.compile(".*size=25$"));
			page.getByLabel("New", new Page.GetByLabelOptions().setExact(true)).check();
			assertThat(page).hasURL(Pattern.compile(".*status=New&sort=updated&dir=desc&size=25$"));
			List<String> firstPage = numbers(page);

			page.locator("#page-next").click();
			assertThat(page).hasURL(Pattern.compile(".*status=New&sort=updated&dir=desc&page=2&size=25$"));
			assertThat(page.locator("#job-range")).hasText("Showing 26–50");
			List<String> secondPage = numbers(page);
			assertThat(secondPage).hasSize(25).doesNotContainAnyElementsOf(firstPage);

			page.reload();
			assertThat(page.locator("#job-range")).hasText("Showing 26–50");
			assertThat(numbers(page)).isEqualTo(secondPage);
			assertThat(page.getByLabel("New", new Page.GetByLabelOptions().setExact(true))).isChecked();
			assertThat(page.locator("#filter-size")).hasValue("25");

			page.goBack();
			assertThat(page).hasURL(Pattern.compile(".*status=New&sort=updated&dir=desc&size=25$"));
			assertThat(page.locator("#job-range")).hasText("Showing 1–25");
			assertThat(numbers(page)).isEqualTo(firstPage);
			assertThat(page.getByLabel("New", new Page.GetByLabelOptions().setExact(true))).isChecked();

			page.goBack();
			assertThat(page).hasURL(Pattern.compile(".*/jobs\\?sort=updated&dir=desc&size=25$"));
			assertThat(page.getByLabel("New", new Page.GetByLabelOptions().setExact(true))).not().isChecked();
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

	@Test
	void customerPickerFiltersByTheChosenCustomer() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs");
			page.locator("#filter-customer-q")
				.pressSequentially("summit", new Locator.PressSequentiallyOptions().setDelay(40));
			Locator option = page
				.locator("#customer-options .customer-option label",
						new Page.LocatorOptions().setHasText("Summit Property Mgmt"))
				.first();
			String name = option.textContent();
			option.click();
			assertThat(page).hasURL(Pattern.compile(".*customer=[0-9a-f-]{36}.*"));
			assertThat(page.locator("#job-rows >> " + cell("customer")).first()).hasText(name);
			assertThat(page.locator("#job-rows >> " + cell("customer")).allTextContents()).containsOnly(name);
			page.reload();
			assertThat(page.locator("#customer-selected")).isChecked();
			assertThat(page.locator("label[for=customer-selected]")).hasText(name);
		}
	}

	@Test
	void withoutJavaScriptTheFilterFormStillWorks() {
		BrowserContext context = Browser.shared()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
				.setJavaScriptEnabled(false));
		try (context) {
			Page page = context.newPage();
			page.navigate("/login");
			page.locator("#email").fill("dispatch@acme.test");
			page.locator("#password").fill("dispatch");
			page.locator("#login-submit").click();
			page.navigate("/jobs");
			page.getByLabel("Invoiced", new Page.GetByLabelOptions().setExact(true)).check();
			page.locator("#filter-q").fill("gutter");
			page.locator("#filter-apply").click();
			assertThat(page).hasURL(Pattern.compile(".*[?]q=gutter&status=Invoiced&.*"));
			assertThat(page.locator("#job-rows >> " + cell("status")).first()).hasText("Invoiced");
			assertThat(page.locator("#job-rows >> " + cell("status")).allTextContents()).containsOnly("Invoiced");
			page.locator("#sort-number").click();
			assertThat(page).hasURL(Pattern.compile(".*status=Invoiced&q=gutter&sort=number&dir=asc$"));
		}
	}

	@Test
	void technicianSeesOnlyTheirJobs() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("tech@acme.test", "tech");
			page.navigate("/jobs?size=100");
			assertThat(page.locator("h1")).hasText("My jobs");
			assertThat(page.locator("#job-rows .job-row")).hasCount(100);
			assertThat(page.locator("#job-rows >> " + cell("assignee")).allTextContents()).containsOnly("Dana Cruz");
			assertThat(page.locator("#filter-assignee")).hasCount(0);
		}
	}

	private static List<String> numbers(Page page) {
		return new ArrayList<>(page.locator("#job-rows th > span:first-child").allTextContents());
	}

}
