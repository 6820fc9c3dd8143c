package com.crewdesk.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.board.BoardRules.Timed;
import com.crewdesk.board.BoardRules.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BoardRulesTest {

	private static final UUID A = UUID.randomUUID();

	private static final UUID B = UUID.randomUUID();

	private static final UUID C = UUID.randomUUID();

	private static LocalTime t(String text) {
		return LocalTime.parse(text);
	}

	@Test
	void dropTimesSnapToTheNearestQuarterHour() {
		assertThat(BoardRules.snap(t("10:07"))).isEqualTo(t("10:00"));
		assertThat(BoardRules.snap(t("10:08"))).isEqualTo(t("10:15"));
		assertThat(BoardRules.snap(t("10:52:31"))).isEqualTo(t("11:00"));
		assertThat(BoardRules.snap(t("23:58"))).as("an end must still fit the day").isEqualTo(t("23:45"));
	}

	@Test
	void aMovedJobKeepsItsDuration() {
		assertThat(BoardRules.moveTo(t("10:05"), t("08:00"), t("09:30"))).isEqualTo(new Window(t("10:00"), t("11:30")));
	}

	@Test
	void aJobWithoutTimesGetsAnHourWhenMovedToATime() {
		assertThat(BoardRules.moveTo(t("14:00"), null, null)).isEqualTo(new Window(t("14:00"), t("15:00")));
	}

	@Test
	void aMoveLateInTheDayEndsAtTheDaysEnd() {
		assertThat(BoardRules.moveTo(t("23:30"), t("08:00"), t("10:00"))).isEqualTo(new Window(t("23:30"), t("23:59")));
	}

	@Test
	void aResizedEndSnapsAndStaysAfterTheStart() {
		assertThat(BoardRules.resize(t("10:00"), t("12:10"))).isEqualTo(new Window(t("10:00"), t("12:15")));
		assertThat(BoardRules.resize(t("10:00"), t("09:00"))).isEqualTo(new Window(t("10:00"), t("10:15")));
	}

	@Test
	void overlappingJobsOfATechnicianAreFound() {
		List<Timed> jobs = List.of(new Timed(A, t("09:00"), t("11:00")), new Timed(B, t("10:30"), t("12:00")),
				new Timed(C, t("13:00"), t("14:00")));
		assertThat(BoardRules.overlapping(jobs)).containsExactlyInAnyOrder(A, B);
	}

	@Test
	void jobsThatOnlyTouchDoNotOverlap() {
		List<Timed> jobs = List.of(new Timed(A, t("09:00"), t("10:00")), new Timed(B, t("10:00"), t("11:00")));
		assertThat(BoardRules.overlapping(jobs)).isEmpty();
	}

	@Test
	void aJobInsideALongOneOverlapsIt() {
		List<Timed> jobs = List.of(new Timed(A, t("08:00"), t("17:00")), new Timed(B, t("09:00"), t("10:00")),
				new Timed(C, t("12:00"), t("13:00")));
		assertThat(BoardRules.overlapping(jobs)).containsExactlyInAnyOrder(A, B, C);
	}

	@Test
	void aMoveIntoAnotherJobsTimeIsAnOverlap() {
		Timed other = new Timed(A, t("09:00"), t("11:00"));
		assertThat(BoardRules.overlapping(List.of(other, new Timed(B, t("10:00"), t("10:30"))))).contains(B);
		assertThat(BoardRules.overlapping(List.of(other, new Timed(B, t("11:00"), t("12:00"))))).doesNotContain(B);
	}

	@Test
	void aJobWithAStartButNoEndLastsAnHourOnTheBoard() {
		assertThat(Timed.of(A, t("10:00"), null).end()).isEqualTo(t("11:00"));
		assertThat(Timed.of(A, t("23:30"), null).end()).isEqualTo(t("23:59"));
	}

	@Test
	void capacityIsBookedAgainstEightHoursADay() {
		assertThat(BoardRules.capacity(BoardRules.bookedMinutes(t("08:00"), t("14:30")), 1).label())
			.isEqualTo("6.5 h / 8 h");
		assertThat(BoardRules.capacity(9 * 60, 1).over()).isTrue();
		assertThat(BoardRules.capacity(9 * 60, 7).label()).isEqualTo("9 h / 56 h");
		assertThat(BoardRules.bookedMinutes(null, null)).as("an any-time job books no hours").isZero();
	}

	@Test
	void todayIsTheDateInTheCompanysTimeZone() {
		Instant lateEveningUtc = Instant.parse("2030-03-10T22:00:00Z");
		assertThat(BoardRules.today(ZoneId.of("UTC"), lateEveningUtc)).isEqualTo(LocalDate.of(2030, 3, 10));
		assertThat(BoardRules.today(ZoneId.of("Pacific/Auckland"), lateEveningUtc))
			.isEqualTo(LocalDate.of(2030, 3, 11));
		assertThat(BoardRules.today(ZoneId.of("America/Los_Angeles"), Instant.parse("2030-03-11T05:00:00Z")))
			.isEqualTo(LocalDate.of(2030, 3, 10));
	}

	@Test
	void aWeekStartsOnMonday() {
		assertThat(BoardRules.weekStart(LocalDate.of(2030, 3, 10))).isEqualTo(LocalDate.of(2030, 3, 4));
		assertThat(BoardRules.weekStart(LocalDate.of(2030, 3, 4))).isEqualTo(LocalDate.of(2030, 3, 4));
	}

}
