package com.crewdesk.e2e;

import static com.crewdesk.support.JobListCells.cell;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@CrewdeskIntegrationTest
class LoginE2E {

	@LocalServerPort
	int port;

	@Test
	void dispatcherLogsInSeesCountsFollowsAStatusAndLogsOut() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");

			assertThat(page).hasURL(Pattern.compile(".*/$"));
			assertThat(page.locator("#nav-user")).containsText("Dee Dispatch");
			assertThat(page.locator("#nav-user")).containsText("Acme Roofing");
			Locator scheduled = page.locator("#count-scheduled");
			String count = scheduled.locator(".count-value").textContent().replace(",", "");
			assertThat(Integer.parseInt(count)).isPositive();

			scheduled.click();
			assertThat(page).hasURL(Pattern.compile(".*/jobs\\?status=Scheduled$"));
			assertThat(page.getByLabel("Scheduled", new Page.GetByLabelOptions().setExact(true))).isChecked();
			Locator statuses = page.locator("#jobs-table >> " + cell("status"));
			assertThat(statuses).hasCount(Math.min(50, Integer.parseInt(count)));
			assertThat(statuses.allTextContents()).containsOnly("Scheduled");

			page.locator("#logout").click();
			assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
			assertThat(page.locator("#logout-message")).isVisible();
			page.navigate("/");
			assertThat(page).hasURL(Pattern.compile(".*/login$"));
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

	@Test
	void wrongPasswordShowsTheMessage() {
		try (Browser.Tab tab = Browser.newTab(port)) {
			tab.logIn("dispatch@acme.test", "not-the-password");
			assertThat(tab.page().locator("#login-error")).hasText("Wrong e-mail or password.");
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

	@Test
	void everyPageOfEachRoleLoadsWithoutConsoleErrorsOrCspViolations() {
		String[][] logins = { { "admin@acme.test", "admin", "/admin" }, { "tech@acme.test", "tech", "/jobs" },
				{ "viewer@acme.test", "viewer", "/jobs" } };
		for (String[] login : logins) {
			try (Browser.Tab tab = Browser.newTab(port)) {
				tab.logIn(login[0], login[1]);
				tab.page().navigate(login[2]);
				tab.page().waitForLoadState();
				assertThat(tab.page().locator("h1").first()).isVisible();
				assertThat(tab.consoleErrors()).as(login[0]).isEmpty();
			}
		}
	}

}
