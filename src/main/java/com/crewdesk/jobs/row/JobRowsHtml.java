package com.crewdesk.jobs.row;

import com.crewdesk.jobs.list.JobListRow;
import com.crewdesk.web.DisplayFormats;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The markup of the jobs list's rows, written here rather than by a Thymeleaf fragment:
 * 50–100 rows a page, about 40 elements and 25 expressions each, were most of the list's
 * server time (JFR under wrk: 85 % of the request threads' samples in the template
 * engine, the rows most of it). Templates place the rows with {@code th:utext}; every
 * text and attribute value is HTML-escaped here.
 * <p>
 * A row, kept small (50–100 of them an answer; issue 16): {@code tr#job-<uuid>.job-row}
 * (with job-deleted, row-flash and data-version), no classes and no whitespace in its
 * cells: a cell's column is its header's {@code data-column}, and the job number is the
 * row's header cell ({@code th.job-number}, which the search box's Arrow down targets).
 * The cells: the selection box (when rows can be ticked for a batch), the job number
 * linking to its page, the title (the same link, out of the Tab order), the customer;
 * status, priority, assignee and scheduled date (a button that opens the cell's control
 * when this user may change it, else the text; a notice under the edited cell); the
 * amount, the last change, and Delete or Restore. The buttons carry no htmx attributes:
 * jobs-list.js handles them for the whole table.
 */
@Component
public class JobRowsHtml {

	private final DisplayFormats formats;

	public JobRowsHtml(DisplayFormats formats) {
		this.formats = formats;
	}

	/** The rows of a list, none of them just changed. */
	public String html(List<JobListRow> rows, InlineEditing inline) {
		StringBuilder html = new StringBuilder(rows.size() * 900);
		for (JobListRow row : rows) {
			start(html, row, inline, false);
			end(html, row, inline, null, null);
		}
		return html.toString();
	}

	/**
	 * A row up to the end of its job number's cell, left open for what the answer to an
	 * edit puts there (its toast, out of band): {@link #end} closes it.
	 */
	public String start(JobListRow row, InlineEditing inline, boolean flash) {
		StringBuilder html = new StringBuilder(400);
		start(html, row, inline, flash);
		return html.toString();
	}

	/**
	 * The rest of a row after {@link #start}; {@code focusCell} ("status", …) gets the
	 * focus back after an edit, {@code notice} is shown under its cell.
	 */
	public String end(JobListRow row, InlineEditing inline, String focusCell, RowNotice notice) {
		StringBuilder html = new StringBuilder(700);
		end(html, row, inline, focusCell, notice);
		return html.toString();
	}

	private void start(StringBuilder html, JobListRow row, InlineEditing inline, boolean flash) {
		String number = escape(row.jobNumber());
		html.append("<tr class=\"job-row")
			.append(row.deleted() ? " job-deleted" : "")
			.append(flash ? " row-flash" : "")
			.append("\" id=\"job-")
			.append(row.uuid())
			.append("\" data-version=\"")
			.append(row.version())
			.append("\">");
		if (inline.select()) {
			html.append("<td><input class=\"row-select\" type=\"checkbox\" aria-label=\"Select ")
				.append(number)
				.append(row.deleted() ? "\" disabled></td>" : "\"></td>");
		}
		html.append("<th scope=\"row\" class=\"job-number\"><span><a href=\"/jobs/")
			.append(number)
			.append("\">")
			.append(number)
			.append("</a></span>");
		if (row.deleted()) {
			html.append("<span class=\"badge text-bg-danger ms-1 deleted-badge\">Deleted</span>");
		}
	}

	private void end(StringBuilder html, JobListRow row, InlineEditing inline, String focusCell, RowNotice notice) {
		String number = escape(row.jobNumber());
		boolean open = !row.deleted();
		html.append("</th><td><a href=\"/jobs/")
			.append(number)
			.append("\" tabindex=\"-1\">")
			.append(escape(row.title()))
			.append("</a></td><td>")
			.append(escape(row.customerName()))
			.append("</td>");
		cell(html, "status", row.status(), inline.status() && open, focusCell, notice);
		cell(html, "priority", row.priority(), inline.priority() && open, focusCell, notice);
		cell(html, "assignee", row.assigneeName() == null ? "Unassigned" : row.assigneeName(),
				inline.assignee() && open, focusCell, notice);
		openCell(html, "scheduled", row.scheduledDate() == null ? "Not scheduled" : row.scheduledDate().toString(),
				inline.scheduled() && open, focusCell, notice);
		if (row.scheduledTimeStart() != null) {
			html.append("<small>").append(escape(row.timeWindow())).append("</small>");
		}
		html.append("</td><td>")
			.append(escape(formats.amount(row.estimatedAmount())))
			.append("</td><td>")
			.append(escape(formats.dateTime(row.updatedAt())))
			.append("</td>");
		if (inline.deleteAndRestore()) {
			String action = row.deleted() ? "Restore" : "Delete";
			html.append("<td><button class=\"job-")
				.append(row.deleted() ? "restore" : "delete")
				.append("\" aria-label=\"")
				.append(action)
				.append(' ')
				.append(number)
				.append("\">")
				.append(action)
				.append("</button>");
			notice(html, "actions", notice);
			html.append("</td>");
		}
		html.append("</tr>");
	}

	private void cell(StringBuilder html, String name, String text, boolean edit, String focusCell, RowNotice notice) {
		openCell(html, name, text, edit, focusCell, notice);
		html.append("</td>");
	}

	/**
	 * A cell up to its end: a button that opens its control, or the text; then its
	 * notice.
	 */
	private void openCell(StringBuilder html, String name, String text, boolean edit, String focusCell,
			RowNotice notice) {
		html.append("<td>");
		if (edit) {
			html.append(name.equals(focusCell) ? "<button autofocus>" : "<button>")
				.append(escape(text))
				.append("</button>");
		}
		else {
			html.append(escape(text));
		}
		notice(html, name, notice);
	}

	private void notice(StringBuilder html, String cell, RowNotice notice) {
		if (notice != null && notice.on(cell)) {
			html.append("<div class=\"cell-notice small text-danger\" role=\"alert\">")
				.append(escape(notice.text()))
				.append("</div>");
		}
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text);
	}

}
