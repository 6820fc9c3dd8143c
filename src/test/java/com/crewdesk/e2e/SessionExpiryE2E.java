package com.crewdesk.e2e;

import static com.crewdesk.support.JobListCells.cell;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.JobFixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An inline edit sent after the session ended is not lost in silence: the user is told
 * and led back.
 */
@CrewdeskIntegrationTest
class SessionExpiryE2E {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void inlineEditAfterTheSessionEndedSaysSoAndLoggingInLeadsBackToTheList() {
		JobFixtures fixtures = new JobFixtures(jdbc);
		long acme = fixtures.companyId("Acme Roofing");
		UUID customer = fixtures.customer(acme, "Expiry", "Tester", null);
		String marker = JobFixtures.marker();
		UUID job = fixtures.job(acme, customer, "Expiry " + marker).status("New").insert();
		try (Browser.Tab tab = Browser.newTab(port)) {
			tab.logIn("dispatch@acme.test", "dispatch");
			Page page = tab.page();
			page.navigate("/jobs?q=" + marker);
			Locator row = page.locator("#job-" + job);
			row.locator(cell("status") + " >> button").click();
			// The editor must be open before the session ends: its own GET would
			// otherwise meet the dead session.
			assertThat(row.locator(cell("status") + " >> select")).isVisible();
			endSession(tab);

			row.locator(cell("status") + " >> select").selectOption("In Progress");

			assertThat(page.locator("#session-ended"))
				.hasText("Your session has ended; log in again. Your change was not saved.");
			page.locator("#email").fill("dispatch@acme.test");
			page.locator("#password").fill("dispatch");
			page.locator("#login-submit").click();
			assertThat(page).hasURL(Pattern.compile(".*/jobs\\?q=" + marker + "$"));
			assertThat(page.locator("#job-" + job + " >> " + cell("status"))).hasText("New");
		}
		assertThat(jdbc.sql("SELECT status FROM jobs WHERE uuid = :u").param("u", job).query(String.class).single())
			.isEqualTo("New");
	}

	/**
	 * As if it expired, or the user logged out in another tab: the browser keeps a cookie
	 * for a session that is gone.
	 */
	private void endSession(Browser.Tab tab) {
		Cookie session = tab.context()
			.cookies()
			.stream()
			.filter(c -> c.name.equals("SESSION"))
			.findFirst()
			.orElseThrow();
		String id = new String(Base64.getDecoder().decode(session.value), StandardCharsets.UTF_8);
		jdbc.sql("DELETE FROM spring_session WHERE session_id = :id").param("id", id).update();
	}

}
