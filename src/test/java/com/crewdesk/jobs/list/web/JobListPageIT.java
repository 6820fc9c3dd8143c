package com.crewdesk.jobs.list.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.jobs.list.JobCount;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.JobFixtures;
import com.crewdesk.support.WebSession;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The jobs list over HTTP as each role gets it: full page, htmx fragment and CSV export.
 */
@CrewdeskIntegrationTest
class JobListPageIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void badParametersNeverFailTheRequestAndSayWhatWasIgnored() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		for (String query : List.of("status=Teleported", "size=1000", "page=0", "page=-3", "page=abc",
				"from=2026-13-45", "to=yesterday", "customer=not-a-uuid", "assignee=%27%3B+DROP+TABLE+jobs",
				"sort=password", "dir=up", "priority=Urgent", "q=" + "x".repeat(300), "page=99999999999999")) {
			HttpResponse<String> page = session.get("/jobs?" + query);
			assertThat(page.statusCode()).as(query).isEqualTo(200);
			assertThat(page.body()).as(query).contains("id=\"list-notices\"").contains("id=\"jobs-table\"");
			HttpResponse<String> fragment = session.get("/jobs?" + query, Map.of("HX-Request", "true"));
			assertThat(fragment.statusCode()).as(query).isEqualTo(200);
			HttpResponse<String> csv = session.get("/jobs/export.csv?" + query);
			assertThat(csv.statusCode()).as(query).isEqualTo(200);
		}
		String body = session.get("/jobs?status=Teleported&status=Scheduled&size=1000").body();
		assertThat(body).contains("Unknown status &quot;Teleported&quot; was ignored.")
			.contains("Page size &quot;1000&quot; is not offered; showing 100 per page.");
		assertThat(cells(body, "status")).hasSize(100).containsOnly("Scheduled");
	}

	@Test
	void htmxRequestGetsOnlyTheResultsAndTheCanonicalUrlToPush() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		HttpResponse<String> response = session.get("/jobs?q=&status=Scheduled&priority=&size=25&customer_q=",
				Map.of("HX-Request", "true"));
		assertThat(response.body()).contains("id=\"results\"")
			.contains("hx-swap-oob")
			.doesNotContain("id=\"job-filters\"")
			.doesNotContain("<nav class=\"navbar");
		assertThat(response.headers().firstValue("HX-Push-Url"))
			.contains("/jobs?status=Scheduled&sort=updated&dir=desc&size=25");
	}

	@Test
	void choosingACustomerOffersItsLocationsAndTheLocationFilterNarrowsTheList() {
		UUID customer = jdbc
			.sql("SELECT c.id FROM customers c JOIN companies co ON co.id = c.company_id "
					+ "WHERE co.name = 'Acme Roofing' ORDER BY c.id LIMIT 1")
			.query(UUID.class)
			.single();
		UUID location = UUID.randomUUID();
		jdbc.sql("INSERT INTO locations (id, company_id, customer_id, name) SELECT :id, company_id, id, 'North yard' "
				+ "FROM customers WHERE id = :c")
			.param("id", location)
			.param("c", customer)
			.update();
		String job = jdbc
			.sql("UPDATE jobs SET location_id = :l WHERE id = (SELECT min(id) FROM jobs WHERE customer_id = :c "
					+ "AND deleted_at IS NULL) RETURNING job_number")
			.param("l", location)
			.param("c", customer)
			.query(String.class)
			.single();
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");

		String withCustomer = session.get("/jobs?customer=" + customer, Map.of("HX-Request", "true")).body();
		assertThat(withCustomer).contains("id=\"location-filter\"").contains(">North yard</option>");

		String page = session.get("/jobs?customer=" + customer + "&location=" + location).body();
		assertThat(page).contains("href=\"/jobs/" + job + "\">" + job + "</a>")
			.contains("selected=\"selected\">North yard");
		assertThat(page.split("class=\"job-row").length - 1).isEqualTo(1);
	}

	@Test
	void technicianGetsOnlyTheirOwnJobsInPagesFragmentsAndExports() {
		UUID dana = new JobFixtures(jdbc).staffId("tech@acme.test");
		List<String> danasNumbers = jdbc.sql("""
				SELECT job_number FROM jobs j JOIN companies c ON c.id = j.company_id
				WHERE c.name = 'Acme Roofing' AND j.assigned_to_user_id = :dana AND j.deleted_at IS NULL""")
			.param("dana", dana)
			.query(String.class)
			.list();
		WebSession tech = WebSession.loggedIn(port, "tech@acme.test", "tech");
		String page = tech.get("/jobs?size=100").body();
		assertThat(page)
			.contains("<strong id=\"job-total\">" + JobCount.ofCounted(danasNumbers.size()).display() + "</strong>");
		assertThat(cells(page, "assignee")).hasSize(100).containsOnly("Dana Cruz");
		assertThat(page).doesNotContain("id=\"filter-assignee\"");

		String unassigned = tech.get("/jobs?assignee=unassigned", Map.of("HX-Request", "true")).body();
		assertThat(unassigned).contains("No jobs match these filters.");

		List<CSVRecord> rows = csv(tech.get("/jobs/export.csv").body());
		assertThat(rows).hasSize(danasNumbers.size());
		assertThat(rows).allSatisfy(row -> assertThat(row.get("Assignee")).isEqualTo("Dana Cruz"));
		assertThat(rows.stream().map(row -> row.get("Job number")).toList())
			.containsExactlyInAnyOrderElementsOf(danasNumbers);
	}

	@Test
	void boltNeverSeesAcmeJobsNorCustomers() {
		WebSession bolt = WebSession.loggedIn(port, "admin@bolt.test", "admin");
		String acmeCustomer = jdbc.sql("""
				SELECT cu.id::text FROM customers cu JOIN companies c ON c.id = cu.company_id
				WHERE c.name = 'Acme Roofing' LIMIT 1""").query(String.class).single();
		assertThat(bolt.get("/jobs?customer=" + acmeCustomer).body()).contains("No jobs match these filters.");
		assertThat(csv(bolt.get("/jobs/export.csv?q=roof&deleted=true").body())).isEmpty();
		assertThat(bolt.get("/jobs?q=roof").body()).contains("No jobs match these filters.");
		assertThat(bolt.get("/jobs/customer-options?customer_q=a", Map.of("HX-Request", "true")).body())
			.doesNotContain("Summit Property Mgmt")
			.doesNotContain("Riverside Church");
	}

	@Test
	void aTechniciansCustomerFilterOffersOnlyTheCustomersOfTheirJobs() {
		JobFixtures fixtures = new JobFixtures(jdbc);
		long acme = fixtures.companyId("Acme Roofing");
		String marker = JobFixtures.marker();
		UUID theirs = fixtures.customer(acme, "Theirs", "Filter" + marker, null);
		UUID others = fixtures.customer(acme, "Others", "Filter" + marker, null);
		fixtures.job(acme, theirs, "Their job " + marker).assignee(fixtures.staffId("tech@acme.test")).insert();
		fixtures.job(acme, others, "Not their job " + marker).insert();

		String options = WebSession.loggedIn(port, "tech@acme.test", "tech")
			.get("/jobs/customer-options?customer_q=filter" + marker.toLowerCase(), Map.of("HX-Request", "true"))
			.body();
		String dispatcherOptions = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch")
			.get("/jobs/customer-options?customer_q=filter" + marker.toLowerCase(), Map.of("HX-Request", "true"))
			.body();

		assertThat(options).contains(theirs.toString()).doesNotContain(others.toString());
		assertThat(dispatcherOptions).contains(theirs.toString()).contains(others.toString());
	}

	@Test
	void exportHasEveryMatchingRowQuotedAndDefusedAgainstFormulas() {
		JobFixtures fixtures = new JobFixtures(jdbc);
		long acme = fixtures.companyId("Acme Roofing");
		String marker = "csvmarker" + UUID.randomUUID().toString().substring(0, 8);
		UUID customer = fixtures.customer(acme, "=HYPERLINK(\"http://evil\")", "O'Hara, \"Jr\"", null);
		fixtures.job(acme, customer, "=SUM(A1:A9) " + marker)
			.description("line one\nline two")
			.amount("1234.50")
			.insert();
		fixtures.job(acme, customer, "+1 call " + marker).insert();
		fixtures.job(acme, customer, "-minus " + marker).insert();
		fixtures.job(acme, customer, "@at " + marker).insert();
		fixtures.job(acme, customer, "\tTab " + marker).insert();
		fixtures.job(acme, customer, "Plain, with \"quotes\" " + marker).insert();

		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		HttpResponse<String> response = session.get("/jobs/export.csv?sort=title&dir=asc&q=" + marker);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).contains("attachment"));
		List<CSVRecord> rows = csv(response.body());
		assertThat(rows.stream().map(row -> row.get("Title")).toList()).containsExactly("'\tTab " + marker,
				"'+1 call " + marker, "'-minus " + marker, "'=SUM(A1:A9) " + marker, "'@at " + marker,
				"Plain, with \"quotes\" " + marker);
		assertThat(rows.get(3).get("Customer")).isEqualTo("'=HYPERLINK(\"http://evil\") O'Hara, \"Jr\"");
		assertThat(rows.get(3).get("Estimated amount")).isEqualTo("1234.50");
		assertThat(response.body()).contains("\"Plain, with \"\"quotes\"\" " + marker + "\"");
	}

	@Test
	void exportContainsAllMatchingRowsNotJustOnePage() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		long scheduled = jdbc.sql("""
				SELECT count(*) FROM jobs j JOIN companies c ON c.id = j.company_id
				WHERE c.name = 'Acme Roofing' AND j.status IN ('Scheduled', 'New') AND j.deleted_at IS NULL""")
			.query(Long.class)
			.single();
		assertThat(scheduled).isGreaterThan(100);
		List<CSVRecord> rows = csv(session.get("/jobs/export.csv?status=Scheduled&status=New&size=25&page=3").body());
		assertThat(rows).hasSize((int) scheduled);
		assertThat(rows).allSatisfy(row -> assertThat(row.get("Status")).isIn("Scheduled", "New"));
	}

	@Test
	void customerPickerSuggestsMatchingCustomersOfTheCompany() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		String options = session
			.get("/jobs/customer-options?customer_q=" + URLEncoder.encode("summit", StandardCharsets.UTF_8),
					Map.of("HX-Request", "true"))
			.body();
		assertThat(options).contains("Summit Property Mgmt").contains("name=\"customer\"");
		String none = session.get("/jobs/customer-options?customer_q=zzzqqq", Map.of("HX-Request", "true")).body();
		assertThat(none).contains("No customer matches.");
		String noJs = session.get("/jobs?customer_q=summit").body();
		assertThat(noJs).contains("Summit Property Mgmt");
	}

	/**
	 * The texts of one column's cells: the cells carry no classes, the header says the
	 * column.
	 */
	private static List<String> cells(String html, String column) {
		String head = html.substring(html.indexOf("<thead"), html.indexOf("</thead>"));
		List<String> headers = java.util.regex.Pattern.compile("<th(\\s[^>]*)?>")
			.matcher(head)
			.results()
			.map(java.util.regex.MatchResult::group)
			.toList();
		int index = headers.indexOf(headers.stream()
			.filter(header -> header.contains("data-column=\"" + column + "\""))
			.findFirst()
			.orElseThrow());
		java.util.regex.Pattern cell = java.util.regex.Pattern.compile("<t[dh](?:\\s[^>]*)?>(.*?)</t[dh]>",
				java.util.regex.Pattern.DOTALL);
		return java.util.regex.Pattern.compile("<tr class=\"job-row[^>]*>(.*?)</tr>", java.util.regex.Pattern.DOTALL)
			.matcher(html)
			.results()
			.map(row -> cell.matcher(row.group(1)).results().toList().get(index).group(1))
			.map(text -> text.replaceAll("<[^>]+>", "").strip())
			.toList();
	}

	private static List<CSVRecord> csv(String body) {
		try {
			return CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(body))
				.getRecords();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
