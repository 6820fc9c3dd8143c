package com.crewdesk.jobs.row;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.jobs.list.JobListRow;
import com.crewdesk.web.DisplayFormats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class JobRowsHtmlTest {

	private static final InlineEditing DISPATCHER = new InlineEditing(true, true, true, true, true);

	private static final InlineEditing READ_ONLY = new InlineEditing(false, false, false, false, false);

	private final JobRowsHtml rows = new JobRowsHtml(new DisplayFormats());

	@Test
	void everyTextIsEscaped() {
		JobListRow row = row("<b>Leak</b> & \"drip\"", "O'Hara <Ltd>", null);

		String html = rows.html(List.of(row), DISPATCHER);

		assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;Leak&lt;/b&gt; &amp; &quot;drip&quot;");
		Element tr = table(html).selectFirst("tr");
		assertThat(cell(tr, "title").selectFirst("a").text()).isEqualTo("<b>Leak</b> & \"drip\"");
		assertThat(cell(tr, "customer").text()).isEqualTo("O'Hara <Ltd>");
	}

	@Test
	void aRowLinksToItsJobAndLabelsItsControls() {
		Element tr = table(rows.html(List.of(row("Roof", "Jane Doe", null)), DISPATCHER)).selectFirst("tr");

		assertThat(tr.id()).startsWith("job-");
		assertThat(tr.attr("data-version")).isEqualTo("3");
		assertThat(tr.selectFirst(".job-number a").attr("href")).isEqualTo("/jobs/JOB-000042");
		assertThat(cell(tr, "title").selectFirst("a").attr("tabindex")).isEqualTo("-1");
		assertThat(tr.selectFirst(".row-select").attr("aria-label")).isEqualTo("Select JOB-000042");
		assertThat(tr.select("td > button:not(.job-delete):not(.job-restore)")).extracting(Element::text)
			.containsExactly("Scheduled", "High", "Unassigned", "2026-12-03");
		assertThat(cell(tr, "scheduled").selectFirst("small").text()).isEqualTo("09:00–11:30");
		assertThat(cell(tr, "amount").text()).isEqualTo("18,442.50");
		assertThat(tr.selectFirst(".job-delete").attr("aria-label")).isEqualTo("Delete JOB-000042");
	}

	@Test
	void whoMayNotEditSeesTextWithoutSelectionOrActions() {
		Element tr = table(rows.html(List.of(row("Roof", "Jane Doe", null)), READ_ONLY)).selectFirst("tr");

		assertThat(tr.select("button, input")).isEmpty();
		assertThat(cell(tr, "status").text()).isEqualTo("Scheduled");
		assertThat(tr.children()).hasSize(9);
		assertThat(tr.child(0).tagName()).isEqualTo("th");
	}

	@Test
	void aDeletedRowOffersRestoreOnlyAndCannotBeTicked() {
		Element tr = table(
				rows.html(List.of(row("Roof", "Jane Doe", Instant.parse("2026-11-30T10:00:00Z"))), DISPATCHER))
			.selectFirst("tr");

		assertThat(tr.hasClass("job-deleted")).isTrue();
		assertThat(tr.selectFirst(".deleted-badge").text()).isEqualTo("Deleted");
		assertThat(tr.select("td > button:not(.job-delete):not(.job-restore)")).isEmpty();
		assertThat(tr.selectFirst(".row-select").hasAttr("disabled")).isTrue();
		assertThat(tr.selectFirst(".job-restore").attr("aria-label")).isEqualTo("Restore JOB-000042");
		assertThat(tr.select(".job-delete")).isEmpty();
	}

	@Test
	void theAnswerToAnEditFlashesFocusesItsCellAndShowsItsNotice() {
		JobListRow row = row("Roof", "Jane Doe", null);

		String html = rows.start(row, DISPATCHER, true)
				+ rows.end(row, DISPATCHER, "priority", new RowNotice("priority", "Changed <meanwhile>", true));

		Element tr = table(html).selectFirst("tr");
		assertThat(tr.hasClass("row-flash")).isTrue();
		assertThat(cell(tr, "priority").selectFirst("button").hasAttr("autofocus")).isTrue();
		assertThat(cell(tr, "status").selectFirst("button").hasAttr("autofocus")).isFalse();
		assertThat(cell(tr, "priority").selectFirst(".cell-notice").text()).isEqualTo("Changed <meanwhile>");
		assertThat(tr.select(".cell-notice")).hasSize(1);
		assertThat(html).isEqualTo(rows.html(List.of(row), DISPATCHER)
			.replace("class=\"job-row\"", "class=\"job-row row-flash\"")
			.replace("<button>High", "<button autofocus>High")
			.replace("High</button>",
					"High</button><div class=\"cell-notice small text-danger\" role=\"alert\">Changed &lt;meanwhile&gt;</div>"));
	}

	/** The columns of a row as the list's header names them (data-column). */
	private static final List<String> COLUMNS = List.of("title", "customer", "status", "priority", "assignee",
			"scheduled", "amount", "updated");

	/** A cell by its column: after the job number (the row's header cell). */
	private static Element cell(Element tr, String column) {
		return tr.selectFirst("th.job-number").nextElementSiblings().get(COLUMNS.indexOf(column));
	}

	private static Document table(String rowsHtml) {
		return Jsoup.parse("<table><tbody>" + rowsHtml + "</tbody></table>");
	}

	private static JobListRow row(String title, String customer, Instant deletedAt) {
		return new JobListRow(UUID.randomUUID(), "JOB-000042", title, UUID.randomUUID(), customer, "Scheduled", "High",
				null, null, LocalDate.of(2026, 12, 3), LocalTime.of(9, 0), LocalTime.of(11, 30),
				new BigDecimal("18442.5"), Instant.parse("2026-12-01T08:00:00Z"), deletedAt, 3);
	}

}
