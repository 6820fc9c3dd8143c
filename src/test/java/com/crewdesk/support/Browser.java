package com.crewdesk.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium per test JVM. On CI the Debian browser is used: its path comes
 * from the system property or environment variable CREWDESK_CHROMIUM_PATH
 * (crewdesk.chromium.path); without it, on a developer laptop, Playwright uses (and if
 * needed downloads) its own Chromium.
 */
public final class Browser {

	private static com.microsoft.playwright.Browser browser;

	private Browser() {
	}

	public static synchronized com.microsoft.playwright.Browser shared() {
		if (browser == null) {
			String path = chromiumPath();
			Playwright.CreateOptions options = new Playwright.CreateOptions();
			if (path != null) {
				options.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
			}
			Playwright playwright = Playwright.create(options);
			BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync"));
			if (path != null) {
				launch.setExecutablePath(Path.of(path));
			}
			browser = playwright.chromium().launch(launch);
			Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
		}
		return browser;
	}

	private static String chromiumPath() {
		String value = System.getProperty("crewdesk.chromium.path");
		if (value == null || value.isBlank() || value.startsWith("${")) {
			value = System.getenv("CREWDESK_CHROMIUM_PATH");
		}
		return value == null || value.isBlank() ? null : value;
	}

	/**
	 * A fresh, isolated browser context (own cookies) whose console errors are collected.
	 */
	public static Tab newTab(int port) {
		BrowserContext context = shared().newContext(new NewContextOptions().setBaseURL("http://localhost:" + port));
		context.setDefaultTimeout(10_000);
		// The first page of a freshly started app (templates compiled, code not yet warm)
		// can take longer than that
		// on a busy CI machine; only navigations get the longer wait, assertions keep
		// theirs.
		context.setDefaultNavigationTimeout(30_000);
		Page page = context.newPage();
		List<String> errors = Collections.synchronizedList(new ArrayList<>());
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(message.text());
			}
		});
		page.onPageError(errors::add);
		return new Tab(context, page, errors);
	}

	public record Tab(BrowserContext context, Page page, List<String> consoleErrors) implements AutoCloseable {

		public void logIn(String email, String password) {
			page.navigate("/login");
			page.locator("#email").fill(email);
			page.locator("#password").fill(password);
			// A click that submits the login form waits for the navigation it starts: on
			// a
			// busy machine that is a navigation's wait, not an action's.
			page.locator("#login-submit").click(new Locator.ClickOptions().setTimeout(30_000));
			page.waitForLoadState();
		}

		@Override
		public void close() {
			context.close();
		}
	}

}
