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
 * A row: {@code tr#job-<uuid>.job-row} (with job-deleted, row-flash and data-version);
 * the selection box (when rows can be ticked for a batch), the job number linking to its
 * page, the title (the same link, out of the Tab order), the customer, the status,
 * priority, assignee and scheduled cells (a button that opens the cell's control when
 * this user may change it, else the text; a notice under the edited cell), the amount,
 * the last change, and Delete or Restore. The buttons carry no htmx attributes:
 * jobs-list.js handles them for the whole table.
 */
@Component("jobRows")
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
			html.append("<td class=\"job-select\"><input class=\"row-select\" type=\"checkbox\"")
				.append(row.deleted() ? " disabled" : "")
				.append(" aria-label=\"Select ")
				.append(number)
				.append("\"></td>");
		}
		html.append("<td class=\"job-number\"><span><a href=\"/jobs/")
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
		html.append("</td>\n<td class=\"job-title\"><a href=\"/jobs/")
			.append(number)
			.append("\" tabindex=\"-1\">")
			.append(escape(row.title()))
			.append("</a></td><td class=\"job-customer\">")
			.append(escape(row.customerName()))
			.append("</td>\n");
		cell(html, "status", row.status(), inline.status() && open, focusCell, notice);
		cell(html, "priority", row.priority(), inline.priority() && open, focusCell, notice);
		cell(html, "assignee", row.assigneeName() == null ? "Unassigned" : row.assigneeName(),
				inline.assignee() && open, focusCell, notice);
		scheduledCell(html, row, inline.scheduled() && open, focusCell, notice);
		html.append("<td class=\"job-amount\">")
			.append(escape(formats.amount(row.estimatedAmount())))
			.append("</td><td class=\"job-updated\">")
			.append(escape(formats.dateTime(row.updatedAt())))
			.append("</td>\n");
		if (inline.deleteAndRestore()) {
			String action = row.deleted() ? "Restore" : "Delete";
			html.append("<td class=\"job-actions\"><button class=\"job-")
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

	private void scheduledCell(StringBuilder html, JobListRow row, boolean edit, String focusCell, RowNotice notice) {
		String date = row.scheduledDate() == null ? "Not scheduled" : row.scheduledDate().toString();
		openCell(html, "scheduled", date, edit, focusCell);
		notice(html, "scheduled", notice);
		if (row.scheduledTimeStart() != null) {
			html.append("<small>").append(escape(row.timeWindow())).append("</small>");
		}
		html.append("</td>\n");
	}

	private void cell(StringBuilder html, String name, String text, boolean edit, String focusCell, RowNotice notice) {
		openCell(html, name, text, edit, focusCell);
		notice(html, name, notice);
		html.append("</td>\n");
	}

	/** The cell and its content: a button that opens its control, or the text. */
	private void openCell(StringBuilder html, String name, String text, boolean edit, String focusCell) {
		html.append("<td class=\"job-").append(name).append("\">");
		if (edit) {
			html.append("<button class=\"cell-edit\"")
				.append(name.equals(focusCell) ? " autofocus" : "")
				.append('>')
				.append(escape(text))
				.append("</button>");
		}
		else {
			html.append(escape(text));
		}
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
