package com.crewdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crewdesk.admin.TestCompany;
import com.crewdesk.apikeys.ApiKeySecrets;
import com.crewdesk.support.ApiClient;
import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.webhooks.WebhookReceiver;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An admin registers a webhook endpoint, copies its secret (shown once), sees the
 * deliveries a change causes and sends one again.
 */
@CrewdeskIntegrationTest
class WebhooksE2E {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void anAdminRegistersAnEndpointSeesItsDeliveriesAndResendsOne() throws Exception {
		TestCompany company = TestCompany.create(jdbc, passwords);
		try (WebhookReceiver receiver = new WebhookReceiver(); Browser.Tab tab = Browser.newTab(port)) {
			tab.logIn(company.adminEmail(), TestCompany.PASSWORD);
			Page page = tab.page();
			page.navigate("/admin");
			page.locator("#admin-webhooks").click();

			page.getByLabel("Endpoint URL").fill("ftp://example.com/hooks");
			page.getByLabel("job.created").check();
			page.locator("#endpoint-register").click();
			assertThat(page.locator("#endpoint-url-error")).containsText("http:// or https://");

			page.getByLabel("Endpoint URL").fill(receiver.url());
			page.locator("#endpoint-register").click();
			assertThat(page.locator("#new-endpoint")).containsText(receiver.url());
			assertThat(page.locator("#new-endpoint-secret")).hasValue(Pattern.compile("whsec_.{40,}"));
			page.locator("#copy-endpoint-secret").click();
			assertThat(page.locator("#copy-endpoint-secret")).hasText("Copied");
			Locator row = page.locator(".endpoint-row").filter(new Locator.FilterOptions().setHasText(receiver.url()));
			assertThat(row).containsText("job.created");
			page.reload();
			assertThat(page.locator("#new-endpoint")).hasCount(0);

			String job = createJob(company, "Wired to the hooks");
			await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(job).size() == 1);
			row.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
			assertThat(page.locator("h1")).hasText("Deliveries");
			Locator delivery = page.locator(".delivery-row").first();
			assertThat(delivery).containsText("job.created");
			assertThat(delivery.locator(".delivery-state")).hasText("Delivered");
			assertThat(delivery.locator(".delivery-attempts")).hasText("1");
			assertThat(delivery.locator(".delivery-response")).containsText("200");
			String deliveriesPath = page.url().substring(page.url().indexOf("/admin/"));

			delivery.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
			assertThat(page.locator("#flash-toast")).containsText("sent again");
			await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(job).size() == 2);
			assertThat(receiver.about(job).get(1).eventId()).isEqualTo(receiver.about(job).get(0).eventId());
			page.reload();
			assertThat(page.locator(".delivery-row").first().locator(".delivery-state")).hasText("Delivered");
			assertNoSeriousViolations(company, "/admin/webhooks", deliveriesPath);
		}
	}

	/** axe-core on the pages (in a context that lets its script in past our CSP). */
	private void assertNoSeriousViolations(TestCompany company, String... paths) {
		try (BrowserContext context = Browser.shared()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
				.setBypassCSP(true))) {
			context.setDefaultNavigationTimeout(30_000);
			Page page = context.newPage();
			page.navigate("/login");
			page.locator("#email").fill(company.adminEmail());
			page.locator("#password").fill(TestCompany.PASSWORD);
			page.locator("#login-submit").click();
			page.waitForURL(url -> !url.contains("/login"));
			for (String path : paths) {
				page.navigate(path);
				AccessibilityE2E.assertNoSeriousViolations(page, path);
			}
		}
	}

	private String createJob(TestCompany company, String title) {
		String secret = ApiKeySecrets.newSecret();
		jdbc.sql("""
				INSERT INTO api_keys (company_id, name, key_prefix, key_hash, scope)
				VALUES (:c, 'Hooks', :p, :h, 'READ_WRITE')""")
			.param("c", company.id())
			.param("p", ApiKeySecrets.prefix(secret))
			.param("h", ApiKeySecrets.hash(secret))
			.update();
		UUID customer = UUID.randomUUID();
		jdbc.sql("INSERT INTO customers (id, company_id, first_name, last_name) VALUES (:id, :c, 'Jo', 'Brown')")
			.param("id", customer)
			.param("c", company.id())
			.update();
		ApiClient.Answer created = new ApiClient(port, secret).post("/api/v1/jobs",
				Map.of("title", title, "customer_uuid", customer.toString()));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.data().get("uuid").asString();
	}

}
