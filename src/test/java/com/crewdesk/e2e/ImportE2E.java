package com.crewdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A dispatcher brings customers and jobs in from spreadsheets: upload, check the mapping
 * guessed from the headers, read the preview and the errors, download the bad rows,
 * import the valid ones, import the fixed rows, then a jobs file whose customers are
 * found by e-mail.
 */
@CrewdeskIntegrationTest
class ImportE2E {

	/**
	 * Background checks and imports are followed by polling; a busy machine needs time.
	 */
	private static final LocatorAssertions.ContainsTextOptions SLOW = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(60_000);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void customersWithThreeBadRowsThenTheFixedRowsThenJobsMatchedByEmail() throws IOException {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String customers = "First Name,Last Name,E-mail,ID\n" + "Ann,A-" + tag + ",ann-" + tag + "@example.com," + tag
				+ "-1\n" + "Ben,B-" + tag + ",not-an-email," + tag + "-2\n" + "Cy,C-" + tag + ",cy-" + tag
				+ "@example.com," + tag + "-3\n" + ",,nobody-" + tag + "@example.com," + tag + "-4\n" + "Di,D-" + tag
				+ ",di-" + tag + "@example.com," + tag + "-5\n" + "Ed,E-" + tag + ",ed@," + tag + "-6\n" + "Flo,F-"
				+ tag + ",flo-" + tag + "@example.com," + tag + "-7\n";
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.locator("#nav-import").click();
			upload(page, "customers", "customers.csv", customers);
			assertThat(page.locator("#column-0")).hasValue("first_name");
			assertThat(page.locator("#column-2")).hasValue("email");
			assertThat(page.locator("#column-3")).hasValue("external_id");
			page.locator("#import-validate").click();
			assertThat(page.locator("#import-summary")).containsText("4 rows will be created, 3 have errors", SLOW);
			assertThat(page.locator("#import-preview tbody tr")).hasCount(7);
			assertThat(page.locator("#import-preview")).containsText("ann-" + tag + "@example.com");
			assertThat(page.locator("#import-errors tbody tr")).hasCount(3);
			assertThat(page.locator("#import-errors")).containsText("E-mail");

			Download download = page.waitForDownload(() -> page.locator("#import-errors-download").click());
			List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
			assertThat(lines).hasSize(4);
			assertThat(lines.get(0)).isEqualTo("First Name,Last Name,E-mail,ID,error");
			assertThat(lines.get(1)).startsWith("Ben,B-" + tag + ",not-an-email," + tag + "-2,");

			page.locator("#import-valid-only").check();
			page.locator("#import-start-button").click();
			assertThat(page.locator("#import-result")).containsText("4 created, 0 updated", SLOW);

			String fixed = "First Name,Last Name,E-mail,ID\n" + "Ben,B-" + tag + ",ben-" + tag + "@example.com," + tag
					+ "-2\n" + "Gus,G-" + tag + ",gus-" + tag + "@example.com," + tag + "-4\n" + "Ed,E-" + tag + ",ed-"
					+ tag + "@example.com," + tag + "-6\n";
			page.locator("#nav-import").click();
			upload(page, "customers", "fixed.csv", fixed);
			page.locator("#import-validate").click();
			assertThat(page.locator("#import-counts")).containsText("3 new, 0 updated", SLOW);
			page.locator("#import-start-button").click();
			assertThat(page.locator("#import-result")).containsText("3 created", SLOW);

			String jobs = "Title,Customer E-mail,Technician\nGutter " + tag + ",BEN-" + tag
					+ "@example.com,tech@acme.test\n";
			page.locator("#nav-import").click();
			upload(page, "jobs", "jobs.csv", jobs);
			assertThat(page.locator("#column-1")).hasValue("customer_email");
			page.locator("#match-0").selectOption("email");
			page.locator("#import-validate").click();
			assertThat(page.locator("#import-summary")).containsText("1 row will be created, 0 have errors", SLOW);
			page.locator("#import-start-button").click();
			assertThat(page.locator("#import-result")).containsText("1 created", SLOW);
			page.locator("#import-open-list").click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/jobs$"));
			assertThat(page.locator("main")).containsText("Gutter " + tag);
		}
		assertThat(jdbc.sql("""
				SELECT c.last_name FROM jobs j JOIN customers c ON c.id = j.customer_id WHERE j.title = :title""")
			.param("title", "Gutter " + tag)
			.query(String.class)
			.list()).containsExactly("B-" + tag);
	}

	private static void upload(Page page, String kind, String name, String content) {
		page.locator("#kind-" + kind).check();
		page.locator("#import-file")
			.setInputFiles(new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
		page.locator("#import-upload-button").click();
		assertThat(page.locator("#import-file-name")).hasText(name);
	}

}
