package com.crewdesk.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.board.BoardModel.Board;
import com.crewdesk.board.BoardModel.Card;
import com.crewdesk.board.BoardModel.Row;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.JobFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The board's queries on a company of its own: scope, days, noon, tray, changes. */
@CrewdeskIntegrationTest
class BoardQueryIT {

	private static final LocalDate DAY = LocalDate.of(2031, 6, 11);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BoardModel boards;

	@Autowired
	BoardQuery query;

	JobFixtures fixtures;

	long company;

	UUID dana;

	UUID luis;

	UUID customer;

	@BeforeEach
	void company() {
		fixtures = new JobFixtures(jdbc);
		company = fixtures.company("Board " + JobFixtures.marker());
		dana = fixtures.staff(company, "Dana Board", "TECHNICIAN");
		luis = fixtures.staff(company, "Luis Board", "TECHNICIAN");
		fixtures.staff(company, "Dee Dispatch", "DISPATCHER");
		customer = fixtures.customer(company, "Jane", "Doe", null);
	}

	private UUID job(String title, UUID assignee, LocalDate day, String start, String end) {
		return fixtures.job(company, customer, title)
			.assignee(assignee)
			.scheduled(day, start == null ? null : LocalTime.parse(start), end == null ? null : LocalTime.parse(end))
			.insert();
	}

	private static Row row(Board board, UUID technician) {
		return board.rows().stream().filter(r -> r.technician().id().equals(technician)).findFirst().orElseThrow();
	}

	private static List<String> titles(List<Card> cards) {
		return cards.stream().map(c -> c.job().title()).toList();
	}

	@Test
	void theRowsAreTheCompanysTechniciansOnly() {
		Board board = boards.board(company, BoardFilter.day(DAY));
		assertThat(board.rows()).extracting(r -> r.technician().name()).containsExactly("Dana Board", "Luis Board");
	}

	@Test
	void staffOfOtherRolesGetARowOnlyForTheDaysTheyHaveJobs() {
		UUID dee = jdbc.sql("SELECT id FROM staff_users WHERE company_id = :c AND display_name = 'Dee Dispatch'")
			.param("c", company)
			.query(UUID.class)
			.single();
		job("Dee's own visit", dee, DAY, "09:00", "10:00");
		assertThat(boards.board(company, BoardFilter.day(DAY)).rows()).extracting(r -> r.technician().name())
			.containsExactly("Dana Board", "Dee Dispatch", "Luis Board");
		assertThat(boards.board(company, BoardFilter.day(DAY.plusDays(1))).rows())
			.extracting(r -> r.technician().name())
			.containsExactly("Dana Board", "Luis Board");
		assertThat(boards.rows(company, BoardFilter.day(DAY), Set.of(dee, luis)))
			.as("a move draws again the rows it touched, by the same rule")
			.extracting(r -> r.technician().name())
			.containsExactly("Dee Dispatch", "Luis Board");
		assertThat(boards.rows(company, BoardFilter.day(DAY.plusDays(1)), Set.of(dee, luis)))
			.extracting(r -> r.technician().name())
			.containsExactly("Luis Board");
	}

	@Test
	void anotherCompanysJobsOnTheSameDayAreNotShown() {
		long other = fixtures.company("Other " + JobFixtures.marker());
		UUID otherTech = fixtures.staff(other, "Other Tech", "TECHNICIAN");
		UUID otherCustomer = fixtures.customer(other, "Not", "Mine", null);
		fixtures.job(other, otherCustomer, "Foreign job").assignee(otherTech).scheduled(DAY, null, null).insert();
		fixtures.job(other, otherCustomer, "Foreign unassigned").scheduled(DAY, null, null).insert();
		job("Mine", dana, DAY, "09:00", "10:00");

		Board board = boards.board(company, BoardFilter.day(DAY));
		assertThat(board.rows()).extracting(r -> r.technician().name()).doesNotContain("Other Tech");
		assertThat(titles(row(board, dana).timed())).containsExactly("Mine");
		assertThat(board.tray().dated()).isEmpty();
		assertThat(query.jobs(company, BoardFilter.day(DAY), null, true)).extracting(BoardQuery.BoardJob::title)
			.containsExactly("Mine");
	}

	@Test
	void aDayIsTheScheduledDateNotAnUtcWindow() {
		jdbc.sql("UPDATE companies SET time_zone = 'Pacific/Auckland' WHERE id = :id").param("id", company).update();
		job("Late evening", dana, DAY, "23:00", "23:45");
		job("Early morning next day", dana, DAY.plusDays(1), "00:15", "01:00");
		job("Day before", dana, DAY.minusDays(1), "23:30", null);

		Board board = boards.board(company, BoardFilter.day(DAY));
		assertThat(titles(row(board, dana).timed())).containsExactly("Late evening");
		Card late = row(board, dana).timed().get(0);
		assertThat(late.column()).as("23:00 is quarter 92 of the day").isEqualTo(93);
		assertThat(late.span()).isEqualTo(3);
	}

	@Test
	void theDefaultDayIsTodayInTheCompanysTimeZone() {
		Instant now = Instant.parse("2031-06-11T20:00:00Z");
		assertThat(BoardRules.today(java.time.ZoneId.of("Pacific/Auckland"), now)).isEqualTo(DAY.plusDays(1));
		assertThat(BoardRules.today(java.time.ZoneId.of("America/New_York"), now)).isEqualTo(DAY);
	}

	@Test
	void aJobSpanningNoonIsOneBlockAndOverlapsTheMorningAndAfternoonJobs() {
		job("Morning", dana, DAY, "09:00", "11:30");
		job("Over noon", dana, DAY, "11:00", "13:30");
		job("Afternoon", dana, DAY, "14:00", "15:00");
		job("Any time", dana, DAY, null, null);

		Row row = row(boards.board(company, BoardFilter.day(DAY)), dana);
		assertThat(titles(row.timed())).containsExactly("Morning", "Over noon", "Afternoon");
		Card noon = row.timed().get(1);
		assertThat(noon.column()).isEqualTo(45);
		assertThat(noon.span()).as("2.5 hours").isEqualTo(10);
		assertThat(row.overlapping()).isTrue();
		assertThat(row.timed()).extracting(Card::overlaps).containsExactly(true, true, false);
		assertThat(titles(row.anyTime())).containsExactly("Any time");
		assertThat(row.capacity().label()).isEqualTo("6 h / 8 h");
	}

	@Test
	void theTrayHoldsUnassignedJobsOfTheDayAndThoseWaitingForADate() {
		job("Unassigned today", null, DAY, "10:00", "11:00");
		job("Unassigned tomorrow", null, DAY.plusDays(1), "10:00", "11:00");
		UUID waiting = job("Waiting for a date", null, null, null, null);
		fixtures.job(company, customer, "Done without date").status("Complete").insert();
		fixtures.job(company, customer, "Deleted").scheduled(DAY, null, null).deleted().insert();

		Board board = boards.board(company, BoardFilter.day(DAY));
		assertThat(titles(board.tray().dated())).containsExactly("Unassigned today");
		assertThat(titles(board.tray().unscheduled())).containsExactly("Waiting for a date");

		BoardFilter search = new BoardFilter(BoardFilter.Span.DAY, DAY, Set.of(), Set.of(), Set.of(), "waiting");
		assertThat(titles(boards.board(company, search).tray().unscheduled())).containsExactly("Waiting for a date");
		assertThat(titles(boards.board(company, search).tray().dated())).isEmpty();
		String number = jdbc.sql("SELECT job_number FROM jobs WHERE uuid = :u")
			.param("u", waiting)
			.query(String.class)
			.single();
		BoardFilter byNumber = new BoardFilter(BoardFilter.Span.DAY, DAY, Set.of(), Set.of(), Set.of(),
				number.toLowerCase());
		assertThat(titles(boards.board(company, byNumber).tray().unscheduled())).containsExactly("Waiting for a date");
	}

	@Test
	void aWeekShowsEachJobInItsDay() {
		LocalDate monday = BoardRules.weekStart(DAY);
		job("Monday job", luis, monday, "08:00", "12:00");
		job("Sunday job", luis, monday.plusDays(6), null, null);
		job("Next Monday", luis, monday.plusDays(7), null, null);

		BoardFilter week = new BoardFilter(BoardFilter.Span.WEEK, DAY, Set.of(), Set.of(), Set.of(), "");
		Row row = row(boards.board(company, week), luis);
		assertThat(titles(row.days().get(0))).containsExactly("Monday job");
		assertThat(titles(row.days().get(6))).containsExactly("Sunday job");
		assertThat(row.capacity().label()).isEqualTo("4 h / 56 h");
	}

	@Test
	void filtersChooseTechniciansStatusesAndPriorities() {
		job("Dana's", dana, DAY, "08:00", "09:00");
		fixtures.job(company, customer, "Urgent one")
			.assignee(luis)
			.priority("High")
			.scheduled(DAY, null, null)
			.insert();
		fixtures.job(company, customer, "Normal one").assignee(luis).scheduled(DAY, null, null).insert();

		BoardFilter onlyLuisHigh = new BoardFilter(BoardFilter.Span.DAY, DAY, Set.of(luis), Set.of(),
				Set.of(com.crewdesk.patch.JobPriority.HIGH), "");
		Board board = boards.board(company, onlyLuisHigh);
		assertThat(board.rows()).extracting(r -> r.technician().name()).containsExactly("Luis Board");
		assertThat(titles(board.rows().get(0).anyTime())).containsExactly("Urgent one");
	}

	@Test
	void changesSinceSeeWritesByAnyoneAndWhereTheJobWasTakenFrom() {
		UUID job = job("Moving", dana, DAY, "08:00", "09:00");
		Instant drawn = Instant.now();
		BoardQuery.ChangeState before = query.state(company, drawn);
		assertThat(query.state(company, drawn)).as("nothing changed").isEqualTo(before);

		jdbc.sql(
				"""
						UPDATE jobs SET assigned_to_user_id = :luis, version = version + 1, updated_at = now() + interval '1 second'
						WHERE uuid = :job""")
			.param("luis", luis)
			.param("job", job)
			.update();
		jdbc.sql(
				"""
						INSERT INTO job_history (company_id, job_id, changed_at, channel, field, old_value, new_value)
						SELECT company_id, id, now() + interval '1 second', 'api', 'assigned_to_user_id', to_jsonb(CAST(:dana AS text)),
						       to_jsonb(CAST(:luis AS text)) FROM jobs WHERE uuid = :job""")
			.param("dana", dana)
			.param("luis", luis)
			.param("job", job)
			.update();

		assertThat(query.state(company, drawn).token()).isNotEqualTo(before.token());
		BoardQuery.Changed changed = query.changedSince(company, drawn);
		assertThat(changed.assignees()).containsExactlyInAnyOrder(dana, luis);
		assertThat(changed.unassigned()).isFalse();
	}

}
