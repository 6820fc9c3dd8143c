package com.crewdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customers list in Chromium: the keyboard from the search box, and sorting by a
 * header.
 */
@CrewdeskIntegrationTest
class CustomerListE2E {

	@LocalServerPort
	int port;

	@Test
	void arrowDownFromTheSearchBoxGoesToTheFirstCustomerAndEnterOpensThem() {
		org.assertj.core.api.Assertions
			.assertThat(new ApiClient(port, "cd_demo_acme_key")
				.post("/api/v1/customers", Map.of("last_name", "Keystroke", "first_name", "Kim"))
				.status())
			.isEqualTo(201);
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/customers");
			page.locator("#filter-q").focus();
			page.keyboard().type("keystroke");
			Locator first = page.locator("#customer-rows .customer-link").first();
			assertThat(first).hasText("Kim Keystroke");
			assertThat(page.locator("#customer-rows .customer-link")).hasCount(1);
			page.keyboard().press("ArrowDown");
			assertThat(first).isFocused();
			page.keyboard().press("Enter");
			assertThat(page.locator("#customer-name")).hasText("Kim Keystroke");
		}
	}

	@Test
	void aColumnHeaderSortsTheListBothWaysAndTheUrlKeepsTheOrder() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/customers");
			Locator typeHeader = page.locator("th:has(#sort-customer_type)");
			assertThat(typeHeader).hasAttribute("aria-sort", "none");
			assertThat(page.locator("th:has(#sort-name)")).hasAttribute("aria-sort", "ascending");
			page.locator("#sort-customer_type").click();
			assertThat(typeHeader).hasAttribute("aria-sort", "ascending");
			assertThat(page).hasURL(Pattern.compile(".*/customers\\?sort=customer_type$"));
			assertThat(page.locator("#customer-rows .customer-type").first()).hasText("Commercial");
			page.locator("#sort-customer_type").click();
			assertThat(typeHeader).hasAttribute("aria-sort", "descending");
			assertThat(page.locator("#customer-rows .customer-type").first()).hasText("Residential");
			page.reload();
			assertThat(page.locator("th:has(#sort-customer_type)")).hasAttribute("aria-sort", "descending");
			page.locator("#filter-active").selectOption(new SelectOption().setValue("true"));
			assertThat(page).hasURL(Pattern.compile(".*/customers\\?active=true&sort=-customer_type$"));
			assertThat(page.locator("th:has(#sort-customer_type)")).hasAttribute("aria-sort", "descending");
			assertThat(page.locator("#customer-rows .customer-type").first()).hasText("Residential");
		}
	}

}
