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
		assertThat(tr.selectFirst(".job-title a").text()).isEqualTo("<b>Leak</b> & \"drip\"");
		assertThat(tr.selectFirst(".job-customer").text()).isEqualTo("O'Hara <Ltd>");
	}

	@Test
	void aRowLinksToItsJobAndLabelsItsControls() {
		Element tr = table(rows.html(List.of(row("Roof", "Jane Doe", null)), DISPATCHER)).selectFirst("tr");

		assertThat(tr.id()).startsWith("job-");
		assertThat(tr.attr("data-version")).isEqualTo("3");
		assertThat(tr.selectFirst(".job-number a").attr("href")).isEqualTo("/jobs/JOB-000042");
		assertThat(tr.selectFirst(".job-title a").attr("tabindex")).isEqualTo("-1");
		assertThat(tr.selectFirst(".row-select").attr("aria-label")).isEqualTo("Select JOB-000042");
		assertThat(tr.select(".cell-edit")).extracting(Element::text)
			.containsExactly("Scheduled", "High", "Unassigned", "2026-12-03");
		assertThat(tr.selectFirst(".job-scheduled small").text()).isEqualTo("09:00–11:30");
		assertThat(tr.selectFirst(".job-amount").text()).isEqualTo("18,442.50");
		assertThat(tr.selectFirst(".job-delete").attr("aria-label")).isEqualTo("Delete JOB-000042");
	}

	@Test
	void whoMayNotEditSeesTextWithoutSelectionOrActions() {
		Element tr = table(rows.html(List.of(row("Roof", "Jane Doe", null)), READ_ONLY)).selectFirst("tr");

		assertThat(tr.select("button, input")).isEmpty();
		assertThat(tr.selectFirst(".job-status").text()).isEqualTo("Scheduled");
		assertThat(tr.select("td")).hasSize(9);
	}

	@Test
	void aDeletedRowOffersRestoreOnlyAndCannotBeTicked() {
		Element tr = table(
				rows.html(List.of(row("Roof", "Jane Doe", Instant.parse("2026-11-30T10:00:00Z"))), DISPATCHER))
			.selectFirst("tr");

		assertThat(tr.hasClass("job-deleted")).isTrue();
		assertThat(tr.selectFirst(".deleted-badge").text()).isEqualTo("Deleted");
		assertThat(tr.select(".cell-edit")).isEmpty();
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
		assertThat(tr.selectFirst(".job-priority .cell-edit").hasAttr("autofocus")).isTrue();
		assertThat(tr.selectFirst(".job-status .cell-edit").hasAttr("autofocus")).isFalse();
		assertThat(tr.selectFirst(".job-priority .cell-notice").text()).isEqualTo("Changed <meanwhile>");
		assertThat(tr.select(".cell-notice")).hasSize(1);
		assertThat(html).isEqualTo(rows.html(List.of(row), DISPATCHER)
			.replace("class=\"job-row\"", "class=\"job-row row-flash\"")
			.replace("<button class=\"cell-edit\">High", "<button class=\"cell-edit\" autofocus>High")
			.replace("High</button>",
					"High</button><div class=\"cell-notice small text-danger\" role=\"alert\">Changed &lt;meanwhile&gt;</div>"));
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
