package com.crewdesk.jobs.list.web;

import com.crewdesk.jobs.list.JobListParameters;
import com.crewdesk.jobs.list.JobListQuery;
import com.crewdesk.jobs.list.JobListRequest;
import com.crewdesk.jobs.list.JobListRow;
import com.crewdesk.jobs.list.JobListScope;
import com.crewdesk.security.CrewdeskUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list as CSV: every row matching the same filters (not just one page), in the same
 * order, with the same role scoping. Rows are written while the database sends them, so a
 * million rows never sit in memory.
 */
@Controller
class JobCsvExport {

	static final String[] HEADER = { "Job number", "Title", "Customer", "Status", "Priority", "Assignee",
			"Scheduled date", "Start", "End", "Estimated amount", "Updated (UTC)", "Deleted (UTC)" };

	private final JobListQuery jobs;

	JobCsvExport(JobListQuery jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/jobs/export.csv")
	void export(@AuthenticationPrincipal CrewdeskUser user, @RequestParam MultiValueMap<String, String> params,
			HttpServletResponse response) throws IOException {
		JobListRequest request = JobListParameters.lenient(params);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"jobs-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
			jobs.forEach(JobListScope.of(user), request.filter(), request.sort(), request.direction(),
					row -> print(csv, row));
		}
	}

	private static void print(CSVPrinter csv, JobListRow row) {
		try {
			csv.printRecord(cell(row.jobNumber()), cell(row.title()), cell(row.customerName()), row.status(),
					row.priority(), cell(row.assigneeName()), row.scheduledDate(), row.scheduledTimeStart(),
					row.scheduledTimeEnd(),
					row.estimatedAmount() == null ? null : row.estimatedAmount().toPlainString(),
					row.updatedAt() == null ? null : row.updatedAt().toString(),
					row.deletedAt() == null ? null : row.deletedAt().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Text typed by users: a cell starting with = + - @ (or a tab or carriage return)
	 * would be run as a formula by a spreadsheet, so it gets a leading apostrophe (OWASP
	 * "CSV injection").
	 */
	static String cell(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
