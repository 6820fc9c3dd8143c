package com.crewdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The customer screens in Chromium, with the keyboard where a person would use it. */
@CrewdeskIntegrationTest
class CustomerE2E {

	@LocalServerPort
	int port;

	@Test
	void createACustomerWithAnErrorFixItThenStartAJobFromTheirPage() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/customers/new");
			page.locator("#f-last_name").fill("Keyboardson");
			page.locator("#f-email").fill("not-an-email");
			page.locator("#f-email").press("Tab");
			assertThat(page.locator("#f-email-error")).containsText("email");
			page.locator("#f-email").fill("keys@example.com");
			page.locator("#f-email").press("Tab");
			assertThat(page.locator("#f-email-error")).isEmpty();
			page.locator("#f-address-street").fill("7 Tab Ln");
			page.locator("#f-address-state").fill("CO");
			page.locator("#save-customer").press("Enter");
			assertThat(page.locator("#customer-name")).hasText("Keyboardson");
			assertThat(page.locator("#customer-address")).containsText("7 Tab Ln");
			page.locator("#new-job-for-customer").click();
			assertThat(page).hasURL(Pattern.compile(".*/jobs/new\\?customer=[0-9a-f-]{36}$"));
			assertThat(page.locator("#f-customer-search")).hasValue("Keyboardson");
			assertThat(page.locator("#f-service_address1")).hasValue("7 Tab Ln");
		}
	}

	@Test
	void aTechnicianCannotOpenTheCustomersList() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			tab.logIn("tech@acme.test", "tech");
			assertThat(tab.page().locator("#nav-customers")).hasCount(0);
			Response answer = tab.page().navigate("/customers");
			org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(403);
		}
	}

}
