package com.crewdesk.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.board.BoardQuery.BoardJob;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BoardCardsTest {

	private static final UUID TECH = UUID.randomUUID();

	private static final LocalDate DAY = LocalDate.of(2030, 5, 6);

	private static BoardModel.Card card(String title, String customer, UUID assignee, String start, String end,
			boolean overlaps) {
		BoardJob job = new BoardJob(UUID.randomUUID(), "JOB-000042", title, customer, "In Progress", "Normal", assignee,
				DAY, start == null ? null : LocalTime.parse(start), end == null ? null : LocalTime.parse(end), 7);
		return BoardModel.card(job, overlaps);
	}

	@Test
	void aMoversDayCardCarriesItsPlaceDataLinksMenuAndEndHandle() {
		BoardModel.Card card = card("Fix the roof", "Jane Doe", TECH, "10:00", "11:30", true);
		String html = new BoardCards(true, false, "/app").html(List.of(card), card.job().uuid());
		UUID id = card.job().uuid();
		assertThat(html).startsWith("<article id=\"card-" + id + "\"")
			.contains("class=\"board-card status-in-progress gs-41 gw-6 card-overlap card-flash\" draggable=\"true\"",
					"data-job=\"" + id + "\" data-version=\"7\" data-assignee=\"" + TECH + "\"",
					"href=\"/app/jobs/JOB-000042\"",
					"<span class=\"card-time\">10:00–11:30</span> · In Progress · overlap",
					"hx-get=\"/app/board/cards/" + id + "/menu\" aria-label=\"Move JOB-000042\">Move…</button>",
					"<span class=\"card-resize\" draggable=\"true\" title=\"Drag to change the end time\">")
			.endsWith("</article>\n");
	}

	@Test
	void aViewerGetsNoDragNoMenuAndNoHandle() {
		String html = new BoardCards(false, false, "")
			.html(List.of(card("Roof", "Jane", TECH, "10:00", "11:00", false)), null);
		assertThat(html).doesNotContain("draggable=\"true\"", "card-menu", "card-resize", "card-flash")
			.contains("href=\"/jobs/JOB-000042\"");
	}

	@Test
	void aWeekCardHasNoGridPlaceNorEndHandleAndAnUnassignedOneNoAssignee() {
		String html = new BoardCards(true, true, "").html(List.of(card("Roof", "Jane", null, "10:00", "11:00", false)),
				null);
		assertThat(html).doesNotContain("gs-", "card-resize", "data-assignee").contains("card-menu");
	}

	@Test
	void textIsEscaped() {
		String html = new BoardCards(true, false, "")
			.html(List.of(card("<script>alert(1)</script> & \"q\"", "O'Brien <b>", TECH, null, null, false)), null);
		assertThat(html).doesNotContain("<script>", "<b>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;", "O&#39;Brien &lt;b&gt;",
					"<span class=\"card-time\">any time</span>");
	}

}
