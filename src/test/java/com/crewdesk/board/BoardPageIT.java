package com.crewdesk.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.JobFixtures;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The board over HTTP: who sees it, who moves, one patch per move, stale moves refused.
 */
@CrewdeskIntegrationTest
class BoardPageIT {

	private static final LocalDate DAY = LocalDate.of(2032, 2, 17);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	JobFixtures fixtures;

	long acme;

	UUID customer;

	UUID dana;

	@BeforeEach
	void acme() {
		fixtures = new JobFixtures(jdbc);
		acme = fixtures.companyId("Acme Roofing");
		customer = fixtures.customer(acme, "Board", "Page", null);
		dana = fixtures.staffId("tech@acme.test");
	}

	private UUID unassigned(String title) {
		return fixtures.job(acme, customer, title).scheduled(DAY, LocalTime.of(8, 0), LocalTime.of(9, 30)).insert();
	}

	private HttpResponse<String> move(WebSession session, UUID job, long version, Map<String, String> fields) {
		Map<String, String> all = new HashMap<>(fields);
		all.put("job", job.toString());
		all.put("version", Long.toString(version));
		all.put("day", DAY.toString());
		all.put("_csrf", session.csrfToken("/board?day=" + DAY));
		return session.postForm("/board/moves", all, Map.of("HX-Request", "true"));
	}

	private Map<String, Object> stored(UUID job) {
		return jdbc.sql("""
				SELECT assigned_to_user_id, scheduled_date, scheduled_time_start, scheduled_time_end, version
				FROM jobs WHERE uuid = :u""").param("u", job).query().singleRow();
	}

	@Test
	void aDispatcherSeesTheDayWithTheTrayAndCards() {
		String title = "Board card " + JobFixtures.marker();
		unassigned(title);
		HttpResponse<String> page = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch")
			.get("/board?day=" + DAY);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Dispatch board", "Dana Cruz", title, "id=\"board-tray\"",
				"draggable=\"true\"");
	}

	@Test
	void aMoveIsOnePatchWithChannelBoardKeepingTheDuration() {
		UUID job = unassigned("Move me " + JobFixtures.marker());
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		HttpResponse<String> response = move(session, job, 0,
				Map.of("action", "assign", "assignee", dana.toString(), "date", DAY.toString(), "start", "10:05"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"row-" + dana + "\"", "is scheduled on " + DAY + " at 10:00–11:30");
		Map<String, Object> row = stored(job);
		assertThat(row.get("assigned_to_user_id")).isEqualTo(dana);
		assertThat(row.get("scheduled_time_start").toString()).isEqualTo("10:00:00");
		assertThat(row.get("scheduled_time_end").toString()).isEqualTo("11:30:00");
		assertThat(jdbc.sql("""
				SELECT DISTINCT h.channel FROM job_history h JOIN jobs j ON j.id = h.job_id WHERE j.uuid = :u""")
			.param("u", job)
			.query(String.class)
			.list()).containsExactly("board");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM notifications n JOIN jobs j ON j.id = n.job_id
				WHERE j.uuid = :u AND n.recipient_id = :dana""")
			.param("u", job)
			.param("dana", dana)
			.query(Long.class)
			.single()).as("notify follows the default (P12)").isEqualTo(1);
	}

	@Test
	void aMoveThatCreatesAnOverlapIsMadeWithAWarningWhateverTheBoardShows() {
		LocalDate day = LocalDate.of(2032, 3, 9);
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		Map<String, String> form = new HashMap<>(Map.of("action", "assign", "assignee", dana.toString(), "date",
				day.toString(), "day", day.toString(), "_csrf", session.csrfToken("/board?day=" + day)));
		String warning = "It overlaps another job of this technician.";
		List<UUID> jobs = new ArrayList<>();
		for (String title : List.of("First", "Second", "Third", "Fourth")) {
			jobs.add(fixtures.job(acme, customer, title + " " + JobFixtures.marker())
				.scheduled(day, LocalTime.of(8, 0), LocalTime.of(9, 30))
				.insert());
		}
		form.putAll(Map.of("job", jobs.get(0).toString(), "version", "0", "start", "10:00"));
		HttpResponse<String> free = session.postForm("/board/moves", form, Map.of("HX-Request", "true"));
		assertThat(free.statusCode()).isEqualTo(200);
		assertThat(free.body()).doesNotContain(warning);

		form.putAll(Map.of("job", jobs.get(1).toString(), "start", "11:00"));
		HttpResponse<String> overlapping = session.postForm("/board/moves", form, Map.of("HX-Request", "true"));
		assertThat(overlapping.statusCode()).isEqualTo(200);
		assertThat(overlapping.body()).contains(warning);
		assertThat(stored(jobs.get(1)).get("assigned_to_user_id")).as("warned, not refused").isEqualTo(dana);

		form.putAll(Map.of("job", jobs.get(2).toString(), "start", "14:00"));
		assertThat(session.postForm("/board/moves", form, Map.of("HX-Request", "true")).body()).as("a later, free slot")
			.doesNotContain(warning);

		// A board filtered to other statuses does not show the job it overlaps.
		form.putAll(Map.of("job", jobs.get(3).toString(), "start", "14:30", "status", "Complete"));
		HttpResponse<String> filtered = session.postForm("/board/moves", form, Map.of("HX-Request", "true"));
		assertThat(filtered.statusCode()).isEqualTo(200);
		assertThat(filtered.body()).contains(warning);
	}

	@Test
	void aMoveAgainstAStaleVersionIsRefusedAndWritesNothing() {
		UUID job = unassigned("Stale " + JobFixtures.marker());
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		assertThat(move(session, job, 0, Map.of("action", "assign", "assignee", dana.toString())).statusCode())
			.isEqualTo(200);
		Map<String, Object> before = stored(job);

		HttpResponse<String> stale = move(WebSession.loggedIn(port, "admin@acme.test", "admin"), job, 0,
				Map.of("action", "unassign"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).containsPattern("was changed by Dee Dispatch at \\d\\d:\\d\\d: reload the card\\?");
		assertThat(stored(job)).isEqualTo(before);
	}

	@Test
	void aViewerSeesTheBoardReadOnlyAndCannotMove() {
		UUID job = unassigned("Viewer " + JobFixtures.marker());
		WebSession viewer = WebSession.loggedIn(port, "viewer@acme.test", "viewer");
		HttpResponse<String> page = viewer.get("/board?day=" + DAY);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("draggable=\"true\"", "card-menu", "id=\"board-drop\"");
		assertThat(move(viewer, job, 0, Map.of("action", "assign", "assignee", dana.toString())).statusCode())
			.isEqualTo(403);
		assertThat(stored(job).get("assigned_to_user_id")).isNull();
	}

	@Test
	void techniciansHaveNoBoard() {
		assertThat(WebSession.loggedIn(port, "tech@acme.test", "tech").get("/board").statusCode()).isEqualTo(403);
	}

	@Test
	void badParametersAre400NamingThem() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		assertThat(session.get("/board?day=2032-02-30").statusCode()).isEqualTo(400);
		assertThat(session.get("/board?day=9999-01-01").statusCode()).isEqualTo(400);
		assertThat(session.get("/board?status=Nope").statusCode()).isEqualTo(400);
		assertThat(session.get("/board?span=month").statusCode()).isEqualTo(400);
		UUID job = unassigned("Bad " + JobFixtures.marker());
		HttpResponse<String> bad = move(session, job, 0,
				Map.of("action", "move", "date", DAY.toString(), "start", "25:00"));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("start: must be a time like 10:30");
		assertThat(stored(job).get("version")).isEqualTo(0L);
	}

	@Test
	void changesSinceAnswersNoContentWhenNothingChanged() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		String page = session.get("/board?day=" + DAY).body();
		java.util.regex.Matcher poll = java.util.regex.Pattern.compile("hx-get=\"(/board/changes[^\"]+)\"")
			.matcher(page);
		assertThat(poll.find()).isTrue();
		String url = poll.group(1).replace("&amp;", "&");
		assertThat(session.get(url, Map.of("HX-Request", "true")).statusCode()).isEqualTo(204);

		UUID job = unassigned("Appears " + JobFixtures.marker());
		HttpResponse<String> changed = session.get(url, Map.of("HX-Request", "true"));
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("id=\"board-tray\"", "card-" + job, "id=\"board-poll\"");
	}

}
