package com.crewdesk.board;

import com.crewdesk.board.BoardModel.Card;
import java.util.List;
import java.util.UUID;
import org.springframework.web.util.HtmlUtils;

/**
 * The markup of the board's cards, written here rather than by a Thymeleaf fragment: a
 * day has 600 cards, and the template engine's work per element and attribute (about 15
 * expressions a card) was most of the board's server time (BoardBenchmark with JFR). The
 * template places the cards of a lane with one {@code th:utext}; every text and attribute
 * value is HTML-escaped here.
 * <p>
 * A card: {@code article#card-<uuid>.board-card} (status, grid place, overlap and flash
 * classes; draggable and data-job, data-version, data-assignee), the link to the job page
 * (number and title), the customer, the time and status, and for those who move jobs the
 * "Move…" button (its hx-get only; hx-include, hx-target and hx-swap come from
 * .board-layout) and, on a day's timed card, the end handle.
 */
public final class BoardCards {

	private final boolean moves;

	private final boolean week;

	private final String jobLinks;

	private final String menuLinks;

	/**
	 * @param contextPath the application's context path ("" at the root), put before the
	 * links
	 */
	BoardCards(boolean moves, boolean week, String contextPath) {
		this.moves = moves;
		this.week = week;
		this.jobLinks = contextPath + "/jobs/";
		this.menuLinks = contextPath + "/board/cards/";
	}

	/** The cards of a lane, in order; {@code flash} marks the card just moved. */
	public String html(List<Card> cards, UUID flash) {
		StringBuilder html = new StringBuilder(cards.size() * 700);
		for (Card card : cards) {
			append(html, card, flash);
		}
		return html.toString();
	}

	private void append(StringBuilder html, Card card, UUID flash) {
		BoardQuery.BoardJob job = card.job();
		String uuid = job.uuid().toString();
		String number = escape(job.number());
		html.append("<article id=\"card-")
			.append(uuid)
			.append("\" class=\"")
			.append(escape(card.cssClass(week, flash)));
		html.append(moves ? "\" draggable=\"true\"" : "\"");
		html.append(" data-job=\"").append(uuid).append("\" data-version=\"").append(job.version()).append('"');
		if (job.assignee() != null) {
			html.append(" data-assignee=\"").append(job.assignee()).append('"');
		}
		html.append(">\n<a class=\"card-link\" href=\"")
			.append(escape(jobLinks))
			.append(number)
			.append("\" draggable=\"false\"><span class=\"card-number\">")
			.append(number)
			.append("</span> <span class=\"card-title\">")
			.append(escape(job.title()))
			.append("</span></a>\n<span class=\"card-customer\">")
			.append(escape(job.customer() == null ? "" : job.customer()))
			.append("</span>\n<span class=\"card-meta\"><span class=\"card-time\">")
			.append(escape(card.time()))
			.append("</span>")
			.append(escape(card.statusText()))
			.append("</span>\n");
		if (moves) {
			html.append("<button type=\"button\" class=\"card-menu\" hx-get=\"")
				.append(escape(menuLinks))
				.append(uuid)
				.append("/menu\" aria-label=\"Move ")
				.append(number)
				.append("\">Move…</button>\n");
			if (card.resizable(week)) {
				html.append(
						"<span class=\"card-resize\" draggable=\"true\" title=\"Drag to change the end time\"></span>\n");
			}
		}
		html.append("</article>\n");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
