package com.crewdesk.e2e;

import static com.crewdesk.support.JobListCells.cell;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.JobFixtures;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page passes axe-core without serious or critical violations: among others, every
 * visible control has an accessible name. axe comes from the org.webjars.npm:axe-core
 * test dependency and is put into the page by the test (the app does not serve it); the
 * test's browser context bypasses the CSP for that one inline script.
 */
@CrewdeskIntegrationTest
class AccessibilityE2E {

	private static final String AXE = "META-INF/resources/webjars/axe-core/";

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
		customer = fixtures.customer(acme, "Axe", "Tester", null);
	}

	@Test
	void loginPage() {
		try (BrowserContext context = context()) {
			Page page = context.newPage();
			page.navigate("/login");
			assertNoSeriousViolations(page, "login");
		}
	}

	@Test
	void dispatcherPagesListDetailFormsAndBatchPanel() {
		String marker = JobFixtures.marker();
		UUID job = fixtures.job(acme, customer, "Axe job " + marker).insert();
		fixtures.job(acme, customer, "Axe other " + marker).insert();
		String number = jdbc.sql("SELECT job_number FROM jobs WHERE uuid = :u")
			.param("u", job)
			.query(String.class)
			.single();
		try (BrowserContext context = context()) {
			Page page = logIn(context, "dispatch@acme.test", "dispatch");
			page.navigate("/");
			assertNoSeriousViolations(page, "dashboard");
			page.locator("#chart-data summary").click();
			assertThat(page.locator("#chart-table")).isVisible();
			assertNoSeriousViolations(page, "dashboard with the chart's table");

			page.navigate("/jobs");
			assertNoSeriousViolations(page, "jobs list");

			page.navigate("/jobs?q=" + marker);
			page.locator("#job-" + job + " >> " + cell("status") + " >> button").click();
			assertThat(page.locator("#job-" + job + " >> " + cell("status") + " >> select")).isVisible();
			assertNoSeriousViolations(page, "jobs list with a cell editor");
			page.keyboard().press("Escape");
			assertThat(page.locator("#job-" + job + " >> " + cell("status") + " >> button")).isVisible();

			page.locator("#select-page").check();
			page.locator("#batch-edit").click();
			assertThat(page.locator("#batch-title")).isVisible();
			assertNoSeriousViolations(page, "batch panel");
			page.locator("#selection-clear").click();

			page.navigate("/jobs/" + number);
			assertNoSeriousViolations(page, "job detail");

			page.navigate("/jobs/new");
			assertNoSeriousViolations(page, "new job form");

			page.navigate("/jobs/" + number + "/edit");
			assertNoSeriousViolations(page, "edit job form");
		}
	}

	@Test
	void customerPagesListPageAndForms() {
		try (BrowserContext context = context()) {
			Page page = logIn(context, "dispatch@acme.test", "dispatch");
			page.navigate("/customers");
			assertNoSeriousViolations(page, "customers list");
			page.navigate("/customers/" + customer);
			assertNoSeriousViolations(page, "customer page");
			page.navigate("/customers/new");
			assertNoSeriousViolations(page, "new customer form");
			page.navigate("/customers/" + customer + "/edit");
			assertNoSeriousViolations(page, "edit customer form");
		}
	}

	@Test
	void dispatchBoardDayWeekAndCardMenu() {
		java.time.LocalDate day = java.time.LocalDate.of(2034, 9, 12);
		UUID job = fixtures.job(acme, customer, "Axe board " + JobFixtures.marker())
			.assignee(fixtures.staffId("tech@acme.test"))
			.scheduled(day, java.time.LocalTime.of(10, 0), java.time.LocalTime.of(11, 0))
			.insert();
		fixtures.job(acme, customer, "Axe tray " + JobFixtures.marker()).scheduled(day, null, null).insert();
		try (BrowserContext context = context()) {
			Page page = logIn(context, "dispatch@acme.test", "dispatch");
			page.navigate("/board?day=" + day);
			assertNoSeriousViolations(page, "day board");
			page.locator("#card-" + job + " .card-menu").click();
			assertThat(page.locator("#menu-assignee")).isVisible();
			assertNoSeriousViolations(page, "day board with a card menu");
			page.navigate("/board?span=week&day=" + day);
			assertNoSeriousViolations(page, "week board");
		}
	}

	@Test
	void technicianPagesDashboardNotificationsAndTheirJob() {
		String marker = JobFixtures.marker();
		UUID job = fixtures.job(acme, customer, "Axe tech " + marker)
			.assignee(fixtures.staffId("tech@acme.test"))
			.insert();
		String number = jdbc.sql("SELECT job_number FROM jobs WHERE uuid = :u")
			.param("u", job)
			.query(String.class)
			.single();
		try (BrowserContext context = context()) {
			Page page = logIn(context, "tech@acme.test", "tech");
			page.navigate("/");
			assertNoSeriousViolations(page, "technician dashboard");
			page.navigate("/notifications");
			assertNoSeriousViolations(page, "notifications");
			page.navigate("/jobs");
			assertNoSeriousViolations(page, "my jobs");
			page.navigate("/jobs/" + number);
			assertNoSeriousViolations(page, "technician's job page");
		}
	}

	@Test
	void administrationPagesAndTheAccountPages() {
		UUID dispatcher = fixtures.staffId("dispatch@acme.test");
		try (BrowserContext context = context()) {
			Page page = logIn(context, "admin@acme.test", "admin");
			for (String[] pageAndName : new String[][] { { "/admin", "administration overview" },
					{ "/admin/staff", "staff list" }, { "/admin/staff/new", "new staff form" },
					{ "/admin/staff/" + dispatcher, "staff member form" }, { "/admin/api-keys", "API keys" },
					{ "/admin/settings", "company settings" }, { "/admin/audit", "audit log" },
					{ "/admin/lockouts", "lockouts" }, { "/account/sessions", "own sessions" },
					{ "/account/password", "password change" } }) {
				page.navigate(pageAndName[0]);
				assertThat(page).hasURL(java.util.regex.Pattern.compile(".*" + pageAndName[0] + "$"));
				assertNoSeriousViolations(page, pageAndName[1]);
			}
		}
	}

	@Test
	void importPagesUploadMappingAndCheck() {
		try (BrowserContext context = context()) {
			Page page = logIn(context, "dispatch@acme.test", "dispatch");
			page.navigate("/import");
			assertNoSeriousViolations(page, "import upload");
			page.locator("#import-file")
				.setInputFiles(new com.microsoft.playwright.options.FilePayload("axe.csv", "text/csv",
						"First Name,Last Name,E-mail\nAxe,Import,not-an-email\nAxe,Import2,axe@example.com\n"
							.getBytes(StandardCharsets.UTF_8)));
			page.locator("#import-upload-button").click();
			assertThat(page.locator("#import-file-name")).hasText("axe.csv");
			assertNoSeriousViolations(page, "import mapping");
			page.locator("#import-validate").click();
			assertThat(page.locator("#import-summary")).containsText("1 row will be created, 1 has errors",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
			assertNoSeriousViolations(page, "import check with preview and errors");
		}
	}

	private BrowserContext context() {
		BrowserContext context = Browser.shared()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
				.setBypassCSP(true));
		context.setDefaultTimeout(10_000);
		context.setDefaultNavigationTimeout(30_000);
		return context;
	}

	private static Page logIn(BrowserContext context, String email, String password) {
		Page page = context.newPage();
		page.navigate("/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("#login-submit").click();
		page.waitForLoadState();
		return page;
	}

	@SuppressWarnings("unchecked")
	static void assertNoSeriousViolations(Page page, String what) {
		page.waitForLoadState();
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource()));
		List<String> violations = (List<String>) page.evaluate("""
				async () => {
				  const result = await axe.run(document, { resultTypes: ['violations'] });
				  return result.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
				      + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '));
				}""");
		assertThat(violations).as("axe-core on the %s", what).isEmpty();
	}

	private static String source;

	private static synchronized String axeSource() {
		if (source == null) {
			String version = axeVersion();
			try (InputStream in = AccessibilityE2E.class.getClassLoader()
				.getResourceAsStream(AXE + version + "/axe.min.js")) {
				source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return source;
	}

	private static String axeVersion() {
		try (InputStream in = AccessibilityE2E.class.getClassLoader()
			.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
			java.util.Properties properties = new java.util.Properties();
			properties.load(in);
			return properties.getProperty("version");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
