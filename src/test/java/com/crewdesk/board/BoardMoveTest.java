package com.crewdesk.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewdesk.board.BoardQuery.BoardJob;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BoardMoveTest {

	private static final UUID TECH = UUID.randomUUID();

	private static final LocalDate DAY = LocalDate.of(2030, 5, 6);

	private static BoardJob job(UUID assignee, LocalDate date, String start, String end) {
		return new BoardJob(UUID.randomUUID(), "JOB-1", "Roof", "Jane Doe", "New", "Normal", assignee, date,
				start == null ? null : LocalTime.parse(start), end == null ? null : LocalTime.parse(end), 3);
	}

	@Test
	void droppingOnATechnicianAtATimeAssignsAndSchedulesKeepingTheDuration() {
		BoardMove move = BoardMove.parse("assign", TECH.toString(), "2030-05-06", "10:05", null);
		Map<String, Object> patch = move.patch(job(null, null, "08:00", "09:30"), DAY);
		assertThat(patch).containsEntry("assigned_to_user_id", TECH.toString())
			.containsEntry("scheduled_date", "2030-05-06")
			.containsEntry("scheduled_time_start", "10:00")
			.containsEntry("scheduled_time_end", "11:30")
			.doesNotContainKey("notify");
	}

	@Test
	void unassigningKeepsTheSchedule() {
		Map<String, Object> patch = BoardMove.parse("unassign", null, null, null, null)
			.patch(job(TECH, DAY, "08:00", "09:00"), DAY);
		assertThat(patch).containsOnlyKeys("assigned_to_user_id").containsEntry("assigned_to_user_id", null);
	}

	@Test
	void droppingInTheAnyTimeLaneClearsTheTimes() {
		Map<String, Object> patch = BoardMove.parse("move", TECH.toString(), "2030-05-06", null, null)
			.patch(job(null, DAY, "08:00", "09:00"), DAY);
		assertThat(patch).containsEntry("scheduled_time_start", null).containsEntry("scheduled_time_end", null);
	}

	@Test
	void resizingChangesOnlyTheEnd() {
		Map<String, Object> patch = BoardMove.parse("resize", null, null, null, "12:20")
			.patch(job(TECH, DAY, "10:00", "11:00"), DAY);
		assertThat(patch).containsOnlyKeys("scheduled_time_end").containsEntry("scheduled_time_end", "12:15");
	}

	@Test
	void assigningAJobWithoutADateFromTheMenuSchedulesItOnTheBoardsDay() {
		Map<String, Object> patch = BoardMove.parse("assign", TECH.toString(), null, null, null)
			.patch(job(null, null, null, null), DAY);
		assertThat(patch).containsEntry("scheduled_date", "2030-05-06").doesNotContainKey("scheduled_time_start");
	}

	@Test
	void badInputNamesTheField() {
		assertThatThrownBy(() -> BoardMove.parse("assign", "nobody", null, null, null))
			.hasFieldOrPropertyWithValue("field", "assignee");
		assertThatThrownBy(() -> BoardMove.parse("move", null, "2030-13-01", null, null))
			.hasFieldOrPropertyWithValue("field", "date");
		assertThatThrownBy(() -> BoardMove.parse("move", null, "2030-01-01", "25:00", null))
			.hasFieldOrPropertyWithValue("field", "start");
		assertThatThrownBy(() -> BoardMove.parse("fly", null, null, null, null)).hasFieldOrPropertyWithValue("field",
				"action");
		assertThatThrownBy(() -> BoardMove.parse("move", null, "9999-01-01", null, null))
			.hasFieldOrPropertyWithValue("field", "date");
	}

}
