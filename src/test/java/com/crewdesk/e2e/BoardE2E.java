package com.crewdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.JobFixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Position;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dispatch board in Chromium: drag and drop (native API), the card menu with the
 * keyboard alone, stale moves, live changes, the viewer's read-only board. Each test uses
 * a day of its own, so its cards are the only ones on it.
 */
@CrewdeskIntegrationTest
class BoardE2E {

	/** 10:00 on the day grid: quarter 40 of 16 px, a little inside. */
	private static final Position TEN_O_CLOCK = new Position(40 * 16 + 5, 12);

	/** Grab a card by its customer line, not by the link to the job page. */
	private static final Position GRIP = new Position(6, 22);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	JobFixtures fixtures;

	long acme;

	UUID customer;

	UUID dana;

	UUID luis;

	@BeforeEach
	void acme() {
		fixtures = new JobFixtures(jdbc);
		acme = fixtures.companyId("Acme Roofing");
		customer = fixtures.customer(acme, "Drag", "Drop", null);
		dana = fixtures.staffId("tech@acme.test");
		luis = fixtures.staffId("luis@acme.test");
	}

	private static LocalDate day(int n) {
		return LocalDate.of(2034, 3, 1).plusDays(n);
	}

	private UUID unassigned(LocalDate day, String title) {
		return fixtures.job(acme, customer, title).scheduled(day, LocalTime.of(8, 0), LocalTime.of(9, 30)).insert();
	}

	private Map<String, Object> stored(UUID job) {
		return jdbc.sql("""
				SELECT assigned_to_user_id, scheduled_time_start, scheduled_time_end, job_number, version
				FROM jobs WHERE uuid = :u""").param("u", job).query().singleRow();
	}

	private static Locator card(Page page, UUID job) {
		return page.locator("#card-" + job);
	}

	private static Locator timeline(Page page, UUID technician) {
		return page.locator("#row-" + technician + " .board-timeline");
	}

	private static void drag(Page page, UUID job, Locator target, Position at) {
		Locator.DragToOptions options = new Locator.DragToOptions().setSourcePosition(GRIP);
		if (at != null) {
			options.setTargetPosition(at);
		}
		card(page, job).dragTo(target, options);
	}

	private static Browser.Tab board(int port, String email, String password, LocalDate day) {
		Browser.Tab tab = Browser.newTab(port);
		tab.logIn(email, password);
		tab.page().navigate("/board?day=" + day);
		assertThat(tab.page().locator("#board-tray")).isVisible();
		return tab;
	}

	@Test
	void dragOntoATechnicianAtTenThenToAnotherThenBackToTheTray() {
		LocalDate day = day(0);
		UUID job = unassigned(day, "Drag me " + JobFixtures.marker());
		try (Browser.Tab tab = board(port, "dispatch@acme.test", "dispatch", day)) {
			Page page = tab.page();
			assertThat(page.locator("#board-tray " + "#card-" + job)).isVisible();

			drag(page, job, timeline(page, dana), TEN_O_CLOCK);
			assertThat(page.locator("#row-" + dana + " #card-" + job + " .card-time")).hasText("10:00–11:30");
			assertThat(page.locator("#board-tray #card-" + job)).hasCount(0);

			page.reload();
			assertThat(page.locator("#row-" + dana + " #card-" + job + " .card-time")).hasText("10:00–11:30");
			assertThat(stored(job).get("assigned_to_user_id")).isEqualTo(dana);

			drag(page, job, timeline(page, luis), TEN_O_CLOCK);
			assertThat(page.locator("#row-" + luis + " #card-" + job)).isVisible();
			assertThat(page.locator("#row-" + dana + " #card-" + job)).hasCount(0);

			drag(page, job, page.locator("#board-tray"), new Position(20, 10));
			assertThat(page.locator("#board-tray #card-" + job)).isVisible();
			assertThat(page.locator("#row-" + luis + " #card-" + job)).hasCount(0);
			assertThat(stored(job).get("assigned_to_user_id")).isNull();

			page.navigate("/jobs/" + stored(job).get("job_number"));
			assertThat(page.locator(".history-channel").first()).hasText("board");
			assertThat(tab.consoleErrors()).isEmpty();
		}
	}

	@Test
	void moveWithTheKeyboardAlone() {
		LocalDate day = day(1);
		UUID job = unassigned(day, "Keys " + JobFixtures.marker());
		try (Browser.Tab tab = board(port, "dispatch@acme.test", "dispatch", day)) {
			Page page = tab.page();
			card(page, job).locator(".card-menu").focus();
			page.keyboard().press("Enter");
			assertThat(page.locator("#menu-assignee")).isFocused();
			page.locator("#menu-assignee").press("ArrowDown");
			String chosen = page.locator("#menu-assignee").inputValue();
			page.keyboard().press("Tab");
			assertThat(page.locator("#menu-assign")).isFocused();
			page.keyboard().press("Enter");

			assertThat(page.locator("#row-" + chosen + " #card-" + job)).isVisible();
			assertThat(page.locator("#row-" + chosen + " #card-" + job + " .card-menu")).isFocused();
			assertThat(stored(job).get("assigned_to_user_id")).hasToString(chosen);

			page.keyboard().press("Enter");
			page.locator("#menu-start").focus();
			page.keyboard().type("1315");
			page.locator("#menu-end").focus();
			page.keyboard().type("1400");
			page.locator("#menu-move").focus();
			page.keyboard().press("Enter");
			assertThat(page.locator("#row-" + chosen + " #card-" + job + " .card-time")).hasText("13:15–14:00");
		}
	}

	@Test
	void aMoveOverTakenByAnotherBrowserIsRefusedAndTheCardStays() {
		LocalDate day = day(2);
		UUID job = unassigned(day, "Race " + JobFixtures.marker());
		try (Browser.Tab first = board(port, "admin@acme.test", "admin", day);
				Browser.Tab second = board(port, "dispatch@acme.test", "dispatch", day)) {
			// The first browser has not heard of the change yet: its polls see nothing
			// new.
			first.page().route("**/board/changes**", route -> route.fulfill(new Route.FulfillOptions().setStatus(204)));

			drag(second.page(), job, timeline(second.page(), luis), TEN_O_CLOCK);
			assertThat(second.page().locator("#row-" + luis + " #card-" + job)).isVisible();

			drag(first.page(), job, timeline(first.page(), dana), TEN_O_CLOCK);
			assertThat(first.page().locator("#board-message-text")).containsText("was changed by Dee Dispatch at ");
			assertThat(first.page().locator("#board-message-text")).containsText("reload the card?");
			assertThat(first.page().locator("#board-tray #card-" + job)).isVisible();
			assertThat(first.page().locator("#row-" + dana + " #card-" + job)).hasCount(0);
			assertThat(stored(job).get("assigned_to_user_id")).isEqualTo(luis);

			first.page().locator("#board-reload-card").click();
			assertThat(first.page().locator("#row-" + luis + " #card-" + job)).isVisible();
			assertThat(first.page().locator("#board-tray #card-" + job)).hasCount(0);
		}
	}

	@Test
	void aChangeThroughTheApiAppearsWithinFiveSeconds() {
		LocalDate day = day(3);
		UUID job = unassigned(day, "Api " + JobFixtures.marker());
		try (Browser.Tab tab = board(port, "dispatch@acme.test", "dispatch", day)) {
			Page page = tab.page();
			assertThat(page.locator("#board-tray #card-" + job)).isVisible();
			ApiClient api = new ApiClient(port, "cd_demo_acme_key");
			assertThat(api
				.patch("/api/v1/jobs/" + job, Map.of("assigned_to_user_id", dana.toString(), "scheduled_time_start",
						"15:00", "scheduled_time_end", "16:00"), Map.of("If-Match", "\"0\""))
				.status()).isEqualTo(200);
			assertThat(page.locator("#row-" + dana + " #card-" + job + " .card-time")).hasText("15:00–16:00",
					new LocatorAssertions.HasTextOptions().setTimeout(5_000));
			assertThat(page.locator("#board-tray #card-" + job)).hasCount(0);
		}
	}

	@Test
	void aViewerCannotDrag() {
		LocalDate day = day(4);
		UUID job = unassigned(day, "Look only " + JobFixtures.marker());
		try (Browser.Tab tab = board(port, "viewer@acme.test", "viewer", day)) {
			Page page = tab.page();
			assertThat(card(page, job)).not().hasAttribute("draggable", "true");
			assertThat(card(page, job).locator(".card-menu")).hasCount(0);
			drag(page, job, timeline(page, dana), TEN_O_CLOCK);
			assertThat(page.locator("#board-tray #card-" + job)).isVisible();
			assertThat(page.locator("#row-" + dana + " #card-" + job)).hasCount(0);
			assertThat(stored(job).get("version")).isEqualTo(0L);
		}
	}

}
