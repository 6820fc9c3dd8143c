package com.crewdesk.customers.list.web;

import com.crewdesk.customers.list.CustomerListRow;
import com.crewdesk.web.DisplayFormats;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The markup of the customers list's rows, written here rather than by the template, as
 * the jobs list's are (JobRowsHtml): the template engine's work per element was most of
 * the list's server time (JFR under wrk: 72 % of the request threads' samples). The
 * template places the rows with {@code th:utext}; every text is HTML-escaped here.
 * <p>
 * A row: {@code tr#customer-<uuid>.customer-row} (job-deleted when deleted), the name
 * linking to the customer's page, the type, e-mail, phone, "city, state", the tags, the
 * flags (do not service, inactive, deleted) and when the customer was created.
 */
@Component
class CustomerRowsHtml {

	private final DisplayFormats formats;

	private final String customerLinks;

	CustomerRowsHtml(DisplayFormats formats, @Value("${server.servlet.context-path:}") String contextPath) {
		this.formats = formats;
		this.customerLinks = contextPath + "/customers/";
	}

	public String html(List<CustomerListRow> rows) {
		StringBuilder html = new StringBuilder(rows.size() * 700);
		for (CustomerListRow row : rows) {
			append(html, row);
		}
		return html.toString();
	}

	private void append(StringBuilder html, CustomerListRow row) {
		html.append("<tr class=\"customer-row")
			.append(row.deleted() ? " job-deleted" : "")
			.append("\" id=\"customer-")
			.append(row.id())
			.append("\"><td class=\"customer-name\"><a class=\"customer-link\" href=\"")
			.append(escape(customerLinks))
			.append(row.id())
			.append("\">")
			.append(escape(row.name()))
			.append("</a></td><td class=\"customer-type\">")
			.append(escape(row.customerType()))
			.append("</td><td class=\"customer-email\">")
			.append(escape(row.email()))
			.append("</td><td class=\"customer-phone\">")
			.append(escape(row.phone()))
			.append("</td><td class=\"customer-city\">")
			.append(escape(place(row)))
			.append("</td><td class=\"customer-tags\">")
			.append(escape(row.tags() == null ? "" : String.join(", ", row.tags())))
			.append("</td><td class=\"customer-flags\">");
		if (row.doNotService()) {
			html.append("<span class=\"badge text-bg-danger\">Do not service</span>");
		}
		if (!row.active()) {
			html.append("<span class=\"badge text-bg-secondary\">Inactive</span>");
		}
		if (row.deleted()) {
			html.append("<span class=\"badge text-bg-danger\">Deleted</span>");
		}
		html.append("</td><td class=\"customer-created small\">")
			.append(escape(formats.dateTime(row.createdAt())))
			.append("</td></tr>");
	}

	/** "Denver, CO", "Denver", or nothing. */
	private static String place(CustomerListRow row) {
		if (row.city() == null) {
			return "";
		}
		return row.state() == null ? row.city() : row.city() + ", " + row.state();
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text);
	}

}
