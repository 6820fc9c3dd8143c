package com.crewdesk.e2e;

import static com.crewdesk.support.JobListCells.cell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A list's search asked while another request replaces it (issue 11: "the search must not
 * reload when its value has not changed since the last request"). The interleaving is
 * made, not waited for: the search's answer is held back until a pager link has replaced
 * it (both sync on the filter form, hx-sync replace), so the search never got its answer.
 * Asking for the same search again (Enter) must then be sent: a request that ended
 * without an answer is no "last request". Read-only on the demo data.
 */
@CrewdeskIntegrationTest
class ListSearchRaceE2E {

	@LocalServerPort
	int port;

	@Test
	void aJobSearchThatAPagerLinkReplacedIsSentAgainOnEnter() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			searchReplacedByThePagerThenEnter(page, "/jobs", "hail", "#job-range");
			assertThat(page).hasURL(Pattern.compile(".*/jobs\\?q=hail&sort=updated&dir=desc$"));
			assertThat(page.locator("#job-range")).hasText(Pattern.compile("Showing 1–.*"));
			assertThat(page.locator("#job-rows >> " + cell("title")).allTextContents()).isNotEmpty()
				.allMatch(title -> title.toLowerCase().contains("hail"));
			assertThat(tab.consoleErrors()).allMatch(e -> e.equals("htmx:sendAbort") || e.equals("htmx:afterRequest"));
		}
	}

	@Test
	void aCustomerSearchThatAPagerLinkReplacedIsSentAgainOnEnter() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			searchReplacedByThePagerThenEnter(page, "/customers", "summit", "#customer-range");
			assertThat(page.locator("#customer-range")).hasText(Pattern.compile("Showing 1–.*"));
			assertThat(page.locator("#customer-rows .customer-link").allTextContents()).isNotEmpty()
				.allMatch(name -> name.toLowerCase().contains("summit"));
		}
	}

	/**
	 * The customer suggestions asked for before the pick answer after it: the answer must
	 * not show the list as it was before the pick (nothing chosen), or the next filter
	 * change would drop the customer.
	 */
	@Test
	void customerSuggestionsAnsweredAfterThePickKeepThePick() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/jobs");
			Locator search = page.locator("#filter-customer-q");
			search.pressSequentially("summi", new Locator.PressSequentiallyOptions().setDelay(40));
			Locator summit = page
				.locator("#customer-options .customer-option label",
						new Page.LocatorOptions().setHasText("Summit Property Mgmt"))
				.first();
			assertThat(summit).isVisible();
			assertThat(page.locator("#customer-loading.htmx-request")).hasCount(0);
			List<Route> held = holdFirst(page, "/jobs/customer-options?", "customer_q=summit&");
			search.press("t");
			page.waitForCondition(() -> !held.isEmpty());

			String name = summit.textContent();
			summit.click();
			assertThat(page).hasURL(Pattern.compile(".*customer=[0-9a-f-]{36}.*"));
			held.get(0).resume();
			assertThat(page.locator("#customer-loading.htmx-request")).hasCount(0);

			assertThat(page.locator("#customer-options input[name=customer]:checked")).not().hasAttribute("value", "");
			Locator scheduled = page.getByLabel("Scheduled", new Page.GetByLabelOptions().setExact(true));
			scheduled.check();
			assertThat(page).hasURL(Pattern.compile(".*status=Scheduled.*"));
			assertThat(page).hasURL(Pattern.compile(".*customer=[0-9a-f-]{36}.*"));
			scheduled.uncheck();
			assertThat(page).not().hasURL(Pattern.compile(".*status=.*"));
			assertThat(page).hasURL(Pattern.compile(".*customer=[0-9a-f-]{36}.*"));
			assertThat(page.locator("#job-rows >> " + cell("customer")).first()).hasText(name);
		}
	}

	/**
	 * Types the term into the list's search, holds its answer back, goes to page 2 (which
	 * replaces the search in flight), then presses Enter in the search box.
	 */
	private static void searchReplacedByThePagerThenEnter(Page page, String list, String term, String range) {
		page.navigate(list);
		List<Route> held = holdFirst(page, list + "?", "q=" + term);
		page.locator("#filter-q").pressSequentially(term, new Locator.PressSequentiallyOptions().setDelay(40));
		page.waitForCondition(() -> !held.isEmpty());
		page.locator("#page-next").click();
		assertThat(page.locator(range)).hasText(Pattern.compile("Showing 51–.*"));
		assertThat(page.locator("#filter-q")).hasValue(term);
		page.locator("#filter-q").press("Enter");
	}

	/**
	 * Holds back the answer to the first list request whose URL has both parts (the
	 * browser gives up on it when it is replaced); every other request passes.
	 */
	private static List<Route> holdFirst(Page page, String path, String part) {
		List<Route> held = new CopyOnWriteArrayList<>();
		page.route(url -> url.contains(path) && url.contains(part), route -> {
			if (held.isEmpty() && route.request().headerValue("hx-request") != null) {
				held.add(route);
			}
			else {
				route.fallback();
			}
		});
		return held;
	}

}
