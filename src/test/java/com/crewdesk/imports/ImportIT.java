package com.crewdesk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CSV imports through the portal: upload, mapping, check, import; encodings and
 * delimiters, formula-looking cells, size limits, and an import whose connection dies.
 */
@CrewdeskIntegrationTest
class ImportIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebSession dispatcher;

	@BeforeEach
	void logIn() {
		dispatcher = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
	}

	@Test
	void utf8WithByteOrderMarkAndCommasIsImported() {
		String tag = unique();
		byte[] file = ("\uFEFFFirst Name,LastName,e-mail,external_id\nZoë,Brontë-" + tag + ",zoe@example.com," + tag
				+ "-1\n")
			.getBytes(StandardCharsets.UTF_8);
		UUID id = importFile(file, List.of("first_name", "last_name", "email", "external_id"), false);
		assertThat(page(id)).contains("UTF-8-BOM").contains(">comma</span> separated");
		assertThat(lastNamesLike(tag)).containsExactly("Brontë-" + tag);
	}

	@Test
	void utf8WithoutByteOrderMarkAndSemicolonsIsImported() {
		String tag = unique();
		byte[] file = ("first_name;last_name;city;street\n\"Ana; María\";Núñez-" + tag + ";Köln;Hauptstraße 1\n")
			.getBytes(StandardCharsets.UTF_8);
		UUID id = importFile(file, List.of("first_name", "last_name", "city", "street"), false);
		assertThat(page(id)).contains(">UTF-8<").contains(">semicolon</span> separated");
		assertThat(jdbc.sql("SELECT first_name || '|' || city FROM customers WHERE last_name = :name")
			.param("name", "Núñez-" + tag)
			.query(String.class)
			.single()).isEqualTo("Ana; María|Köln");
	}

	@Test
	void windows1252AndTabsIsImported() {
		String tag = unique();
		byte[] file = ("FirstName\tLastName\tPhone\nRené\tGarçon-" + tag + "\t\n")
			.getBytes(Charset.forName("windows-1252"));
		UUID id = importFile(file, List.of("first_name", "last_name", "phone"), false);
		assertThat(page(id)).contains("windows-1252").contains(">tab</span> separated");
		assertThat(lastNamesLike(tag)).containsExactly("Garçon-" + tag);
		assertThat(jdbc.sql("SELECT first_name FROM customers WHERE last_name = :name")
			.param("name", "Garçon-" + tag)
			.query(String.class)
			.single()).isEqualTo("René");
	}

	@Test
	void aFormulaLookingCellIsStoredAsTextAndExportedSafely() {
		String tag = unique();
		byte[] file = ("first_name,last_name,email\n=cmd|' /C calc'!A0,Formula-" + tag + ",\n" + "-2+3,Bad-" + tag
				+ ",not-an-email\n")
			.getBytes(StandardCharsets.UTF_8);
		UUID id = upload("customers", "formula.csv", file);
		check(id, List.of("first_name", "last_name", "email"));
		String page = page(id);
		assertThat(page).contains("1 row will be created, 1 has errors");
		String errors = dispatcher.get("/import/" + id + "/errors.csv").body();
		assertThat(errors).startsWith("first_name,last_name,email,error")
			.contains("'-2+3,Bad-" + tag + ",not-an-email,email:")
			.doesNotContain("\n-2+3");
		start(id, true);
		assertThat(jdbc.sql("SELECT first_name FROM customers WHERE last_name = :name")
			.param("name", "Formula-" + tag)
			.query(String.class)
			.single()).isEqualTo("=cmd|' /C calc'!A0");
	}

	@Test
	void rowsWithErrorsStopTheImportUnlessTheValidRowsOnlyAreAsked() {
		String tag = unique();
		byte[] file = ("first_name,last_name,email\nAl,Valid-" + tag + ",\nBo,Invalid-" + tag + ",nope\n")
			.getBytes(StandardCharsets.UTF_8);
		UUID id = upload("customers", "errors.csv", file);
		check(id, List.of("first_name", "last_name", "email"));
		HttpResponse<String> refused = dispatcher.postForm("/import/" + id + "/start",
				Map.of("_csrf", dispatcher.csrfToken("/import/" + id)));
		assertThat(refused.body()).contains("1 row(s) have errors: fix them, or import the valid rows only");
		assertThat(lastNamesLike(tag)).isEmpty();
		start(id, true);
		assertThat(lastNamesLike(tag)).containsExactly("Valid-" + tag);
	}

	@Test
	void reimportingUpdatesByExternalIdWithHistoryForEachChangedField() {
		String tag = unique();
		List<String> columns = List.of("external_id", "first_name", "last_name", "phone");
		importFile(("id,first,last,phone\n" + tag + "-1,Ann,Same-" + tag + ",\n" + tag + "-2,Ben,Old-" + tag + ",\n")
			.getBytes(StandardCharsets.UTF_8), columns, false);
		UUID again = upload("customers", "again.csv",
				("id,first,last,phone\n" + tag + "-1,Ann,Same-" + tag + ",\n" + tag + "-2,Ben,New-" + tag + ",\n" + tag
						+ "-3,Cy,Third-" + tag + ",\n")
					.getBytes(StandardCharsets.UTF_8));
		check(again, columns);
		assertThat(page(again)).contains("1 new, 1 updated, 1 unchanged");
		start(again, false);
		assertThat(lastNamesLike(tag)).containsExactlyInAnyOrder("Same-" + tag, "New-" + tag, "Third-" + tag);
		assertThat(jdbc.sql("""
				SELECT h.field || ':' || h.channel FROM customer_history h JOIN customers c ON c.id = h.customer_id
				WHERE c.last_name = :name ORDER BY h.id""").param("name", "New-" + tag).query(String.class).list())
			.containsExactly("created_via:import", "last_name:import");
	}

	@Test
	void reimportingTheSameJobsFileFindsEveryJobUnchangedAndWritesNothing() {
		String tag = unique();
		byte[] file = jobsFile(tag, "Roof " + tag, "");
		importJobs(tag, file);
		String before = jobsState(tag);
		UUID again = upload("jobs", "again.csv", file);
		check(again, JOB_COLUMNS, "email", false);
		assertThat(page(again)).contains("0 new, 0 updated, 2 unchanged").contains("0 have errors");
		HttpResponse<String> refused = dispatcher.postForm("/import/" + again + "/start",
				Map.of("_csrf", dispatcher.csrfToken("/import/" + again)));
		assertThat(refused.body().replace("&#39;", "'")).contains("No row would be created or updated");
		assertThat(jobsState(tag)).isEqualTo(before).contains("|2|");
	}

	@Test
	void reimportingAChangedJobsFileUpdatesByExternalIdWithHistoryPerChangedFieldAndNoNotification() {
		String tag = unique();
		importJobs(tag, jobsFile(tag, "Roof " + tag, ""));
		UUID again = upload("jobs", "changed.csv",
				(new String(jobsFile(tag, "New roof " + tag, "tech@acme.test"), StandardCharsets.UTF_8) + "J3-" + tag
						+ ",Third " + tag + ",jr-" + tag + "@example.com,Low,,\n")
					.getBytes(StandardCharsets.UTF_8));
		check(again, JOB_COLUMNS, "email", false);
		assertThat(page(again)).contains("1 new, 1 updated, 1 unchanged");
		start(again, false);
		Map<String, Object> updated = jdbc.sql("""
				SELECT id, version, created_via, (SELECT count(*) FROM jobs WHERE title LIKE :like) AS jobs
				FROM jobs WHERE external_data -> :app ->> 'external_id' = :ext""")
			.param("like", "%" + tag)
			.param("app", com.crewdesk.customers.CustomerStore.IMPORT_APPLICATION)
			.param("ext", "J1-" + tag)
			.query()
			.singleRow();
		assertThat(updated).containsEntry("version", 1L)
			.containsEntry("created_via", "import")
			.containsEntry("jobs", 3L);
		assertThat(jdbc.sql("SELECT field || ':' || channel FROM job_history WHERE job_id = :id ORDER BY id")
			.param("id", updated.get("id"))
			.query(String.class)
			.list()).containsExactly("created:import", "title:import", "assigned_to_user_id:import");
		assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE job_id = :id")
			.param("id", updated.get("id"))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aFileOf50MegabytesIsAcceptedAndALargerOneRefusedWithAClearMessage() {
		byte[] fifty = bigFile(50L << 20);
		HttpResponse<String> accepted = dispatcher.postMultipart("/import",
				Map.of("kind", "customers", "_csrf", dispatcher.csrfToken("/import")), "big.csv", fifty);
		assertThat(accepted.statusCode()).isEqualTo(302);
		byte[] larger = bigFile((50L << 20) + 1);
		HttpResponse<String> refused = dispatcher.postMultipart("/import",
				Map.of("kind", "customers", "_csrf", dispatcher.csrfToken("/import")), "bigger.csv", larger);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("The file is larger than 50 MB");
	}

	@Test
	void anImportWhoseConnectionDiesEndsFailedWithNothingApplied() {
		String tag = unique();
		StringBuilder csv = new StringBuilder("first_name,last_name\n");
		for (int i = 0; i < 40_000; i++) {
			csv.append("Row").append(i).append(",Killed-").append(tag).append('\n');
		}
		UUID id = upload("customers", "killed.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		check(id, List.of("first_name", "last_name"));
		dispatcher.postForm("/import/" + id + "/start", Map.of("_csrf", dispatcher.csrfToken("/import/" + id)));
		awaitRow(id, row -> "IMPORTING".equals(row.get("state")) && ((Integer) row.get("done")) >= 2000
				|| "SUCCEEDED".equals(row.get("state")));
		jdbc.sql("""
				SELECT pg_terminate_backend(pid) FROM pg_stat_activity
				WHERE pid <> pg_backend_pid() AND backend_xid IS NOT NULL AND datname = current_database()
				  AND xact_start < now() - interval '100 milliseconds'""").query().listOfRows();
		Map<String, Object> row = awaitRow(id, r -> !"IMPORTING".equals(r.get("state")));
		assertThat(row.get("state")).isEqualTo("FAILED");
		assertThat(page(id)).contains("Nothing was imported.");
		assertThat(jdbc.sql("SELECT count(*) FROM customers WHERE last_name = :name")
			.param("name", "Killed-" + tag)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void techniciansAndViewersMayNotImport() {
		assertThat(WebSession.loggedIn(port, "viewer@acme.test", "viewer").get("/import").statusCode()).isEqualTo(403);
		assertThat(WebSession.loggedIn(port, "tech@acme.test", "tech").get("/import").statusCode()).isEqualTo(403);
		assertThat(dispatcher.get("/import").body()).contains("Import customers or jobs");
	}

	@Test
	void jobRowsFindTheirCustomerByEmailAndTheirTechnicianByEmailWithoutNotifying() {
		String tag = unique();
		importFile(("first_name,last_name,email\nJo,Jobs-" + tag + ",jo-" + tag + "@example.com\n")
			.getBytes(StandardCharsets.UTF_8), List.of("first_name", "last_name", "email"), false);
		UUID id = upload("jobs", "jobs.csv", ("Title,Customer E-mail,Technician,Scheduled Date\nFix roof " + tag
				+ ",JO-" + tag + "@example.com,tech@acme.test,2027-03-01\n")
			.getBytes(StandardCharsets.UTF_8));
		check(id, List.of("title", "customer_email", "technician_email", "scheduled_date"), "email", false);
		assertThat(page(id)).contains("1 row will be created, 0 have errors");
		start(id, false);
		Map<String, Object> job = jdbc.sql("""
				SELECT j.id, j.created_via, c.last_name, s.email FROM jobs j
				JOIN customers c ON c.id = j.customer_id JOIN staff_users s ON s.id = j.assigned_to_user_id
				WHERE j.title = :title""").param("title", "Fix roof " + tag).query().singleRow();
		assertThat(job).containsEntry("created_via", "import")
			.containsEntry("last_name", "Jobs-" + tag)
			.containsEntry("email", "tech@acme.test");
		assertThat(jdbc.sql("SELECT field || ':' || channel FROM job_history WHERE job_id = :id")
			.param("id", job.get("id"))
			.query(String.class)
			.list()).containsExactly("created:import");
		assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE job_id = :id")
			.param("id", job.get("id"))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void jobRowsCannotReferenceAnotherCompanysCustomersOrStaff() {
		String tag = unique();
		WebSession bolt = WebSession.loggedIn(port, "admin@bolt.test", "admin");
		WebSession acme = dispatcher;
		dispatcher = bolt;
		importFile(
				("first_name,last_name,email,external_id\nBo,Bolt-" + tag + ",bo-" + tag + "@example.com,B-" + tag
						+ "\n")
					.getBytes(StandardCharsets.UTF_8),
				List.of("first_name", "last_name", "email", "external_id"), false);
		dispatcher = acme;
		UUID id = upload("jobs", "jobs.csv",
				("title,customer_email,customer_id,first_name,last_name,technician\nA " + tag + ",bo-" + tag
						+ "@example.com,,,,\nB " + tag + ",,B-" + tag + ",,,\nC " + tag + ",,,Bo,Bolt-" + tag + ",\nD "
						+ tag + ",dispatch@acme.test,,,,tech@bolt.test\n")
					.getBytes(StandardCharsets.UTF_8));
		check(id, List.of("title", "customer_email", "customer_external_id", "customer_first_name",
				"customer_last_name", "technician_email"), "email", false);
		String page = page(id);
		assertThat(page).contains("0 rows will be created, 4 have errors")
			.contains("no customer of your company matches this row");
		assertThat(jdbc.sql("SELECT count(*) FROM jobs WHERE title LIKE :t")
			.param("t", "% " + tag)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void missingCustomersAreCreatedFromTheRowsNameAndAddressWhenAsked() {
		String tag = unique();
		UUID id = upload("jobs", "jobs.csv",
				("title,customer_first_name,customer_last_name,customer_street,customer_city\nJob one " + tag
						+ ",Nia,New-" + tag + ",1 Main St,Springfield\nJob two " + tag + ",Nia,New-" + tag
						+ ",1 Main St,Springfield\n")
					.getBytes(StandardCharsets.UTF_8));
		List<String> columns = List.of("title", "customer_first_name", "customer_last_name", "customer_street",
				"customer_city");
		check(id, columns, "name", false);
		assertThat(page(id)).contains("no customer of your company matches this row");
		check(id, columns, "name", true);
		assertThat(page(id)).contains("2 rows will be created, 0 have errors");
		start(id, false);
		assertThat(jdbc.sql("""
				SELECT c.street || '|' || c.city || '|' || c.created_via || '|' || count(j.id) FROM customers c
				JOIN jobs j ON j.customer_id = c.id WHERE c.last_name = :name GROUP BY c.id""")
			.param("name", "New-" + tag)
			.query(String.class)
			.list()).containsExactly("1 Main St|Springfield|import|2");
	}

	@Test
	void theApiChecksAndImportsInTheBackgroundAndReportsStateCountsAndErrors() throws Exception {
		String tag = unique();
		String csv = "First Name,Last Name,E-mail\nApi,Good-" + tag + ",\nApi,Bad-" + tag + ",nope\n";
		HttpResponse<String> refused = apiUpload("cd_demo_acme_key", "customers", csv, "");
		assertThat(refused.statusCode()).isEqualTo(202);
		String location = refused.headers().firstValue("Location").orElseThrow();
		UUID failed = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		Map<String, Object> row = awaitRow(failed,
				r -> "FAILED".equals(r.get("state")) || "SUCCEEDED".equals(r.get("state")));
		assertThat(row.get("state")).isEqualTo("FAILED");
		HttpResponse<String> status = apiGet("cd_demo_acme_key", location);
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(status.body()).contains("\"errors\":1").contains("\"new\":1").contains("\"column\":\"E-mail\"");
		assertThat(apiGet("cd_demo_acme_key", location + "/errors.csv").body()).contains("Api,Bad-" + tag + ",nope,");
		assertThat(apiGet("cd_demo_bolt_key", location).statusCode()).isEqualTo(404);
		assertThat(lastNamesLike(tag)).isEmpty();

		HttpResponse<String> valid = apiUpload("cd_demo_acme_key", "customers", csv, "{\"valid_only\": true}");
		String second = valid.headers().firstValue("Location").orElseThrow();
		awaitRow(UUID.fromString(second.substring(second.lastIndexOf('/') + 1)),
				r -> "FAILED".equals(r.get("state")) || "SUCCEEDED".equals(r.get("state")));
		assertThat(lastNamesLike(tag)).containsExactly("Good-" + tag);
		assertThat(apiUpload("cd_demo_acme_key", "things", csv, "").body()).contains("must be customers or jobs");
		assertThat(apiUpload("cd_demo_acme_key", "customers", csv, "{\"columns\": {\"Nope\": \"email\"}}").body())
			.contains("'Nope' is not a column of the file");
	}

	private HttpResponse<String> apiUpload(String key, String kind, String csv, String mapping) throws Exception {
		String boundary = "----it" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n" + mapping + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"api.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		return java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/imports"))
				.header("Authorization", "Bearer " + key)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> apiGet(String key, String path) throws Exception {
		return java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer " + key)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aMappingSavedByNameIsOfferedAndAppliedToTheNextFile() {
		String tag = unique();
		byte[] file = ("Col A,Col B\nSaved,Map-" + tag + "\n").getBytes(StandardCharsets.UTF_8);
		UUID first = upload("customers", "first.csv", file);
		List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("column", "first_name"),
				Map.entry("column", "last_name"), Map.entry("saveAs", "Legacy " + tag),
				Map.entry("_csrf", dispatcher.csrfToken("/import/" + first))));
		assertThat(dispatcher.postForm("/import/" + first + "/validate", fields).statusCode()).isEqualTo(302);
		UUID second = upload("customers", "second.csv", file);
		assertThat(page(second)).contains("<option value=\"Legacy " + tag + "\">");
		String applied = dispatcher.get("/import/" + second + "?mapping=Legacy%20" + tag).body();
		assertThat(applied).containsPattern("id=\"column-0\">\\s*<option value=\"\">\\(ignore\\)</option>[\\s\\S]*?"
				+ "<option value=\"first_name\" selected=\"selected\">");
	}

	// --- helpers ---

	static final List<String> JOB_COLUMNS = List.of("external_id", "title", "customer_email", "priority",
			"scheduled_date", "technician_email");

	/**
	 * Two job rows for one customer (J1 with the given title and technician, J2 fixed).
	 */
	private static byte[] jobsFile(String tag, String firstTitle, String technician) {
		return ("Job ID,Title,Customer E-mail,Priority,Date,Technician\nJ1-" + tag + "," + firstTitle + ",jr-" + tag
				+ "@example.com,High,2027-03-01," + technician + "\nJ2-" + tag + ",Gutter " + tag + ",jr-" + tag
				+ "@example.com,Normal,,\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Imports the customer of {@link #jobsFile}, then the file itself. */
	private void importJobs(String tag, byte[] file) {
		importFile(("first_name,last_name,email\nJo,Reimport-" + tag + ",jr-" + tag + "@example.com\n")
			.getBytes(StandardCharsets.UTF_8), List.of("first_name", "last_name", "email"), false);
		UUID id = upload("jobs", "jobs.csv", file);
		check(id, JOB_COLUMNS, "email", false);
		assertThat(page(id)).contains("2 new, 0 updated, 0 unchanged");
		start(id, false);
	}

	/** The tagged jobs' versions, their count and their history rows, as one text. */
	private String jobsState(String tag) {
		return jdbc.sql("""
				SELECT string_agg(j.title || ':' || j.version, ',' ORDER BY j.id) || '|' || count(*) || '|'
				       || (SELECT count(*) FROM job_history h JOIN jobs k ON k.id = h.job_id WHERE k.title LIKE :like)
				FROM jobs j WHERE j.title LIKE :like""").param("like", "%" + tag).query(String.class).single();
	}

	private UUID importFile(byte[] file, List<String> columns, boolean validOnly) {
		UUID id = upload("customers", "customers.csv", file);
		check(id, columns);
		start(id, validOnly);
		return id;
	}

	UUID upload(String kind, String name, byte[] file) {
		HttpResponse<String> response = dispatcher.postMultipart("/import",
				Map.of("kind", kind, "_csrf", dispatcher.csrfToken("/import")), name, file);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	void check(UUID id, List<String> columns) {
		check(id, columns, "external_id", false);
	}

	void check(UUID id, List<String> columns, String firstMatch, boolean createMissing) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		columns.forEach(column -> fields.add(Map.entry("column", column)));
		fields.add(Map.entry("match", firstMatch));
		if (createMissing) {
			fields.add(Map.entry("createMissing", "true"));
		}
		fields.add(Map.entry("_csrf", dispatcher.csrfToken("/import/" + id)));
		HttpResponse<String> response = dispatcher.postForm("/import/" + id + "/validate", fields);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		awaitRow(id, row -> !"VALIDATING".equals(row.get("state")));
	}

	void start(UUID id, boolean validOnly) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (validOnly) {
			fields.put("validOnly", "true");
		}
		fields.put("_csrf", dispatcher.csrfToken("/import/" + id));
		HttpResponse<String> response = dispatcher.postForm("/import/" + id + "/start", fields);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		Map<String, Object> row = awaitRow(id, r -> !"IMPORTING".equals(r.get("state")));
		assertThat(row.get("state")).as(String.valueOf(row.get("summary"))).isEqualTo("SUCCEEDED");
	}

	String page(UUID id) {
		return dispatcher.get("/import/" + id).body().replace("&#39;", "'");
	}

	Map<String, Object> awaitRow(UUID id, Predicate<Map<String, Object>> done) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (true) {
			Map<String, Object> row = jdbc.sql("SELECT state, done, summary FROM imports WHERE id = :id")
				.param("id", id)
				.query()
				.singleRow();
			if (done.test(row) || Instant.now().isAfter(deadline)) {
				return row;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return row;
			}
		}
	}

	List<String> lastNamesLike(String tag) {
		return jdbc.sql("SELECT last_name FROM customers WHERE last_name LIKE :tag ORDER BY last_name")
			.param("tag", "%-" + tag)
			.query(String.class)
			.list();
	}

	/**
	 * A file of {@code size} bytes with about 175,000 rows of 300 bytes (under 200,000
	 * rows).
	 */
	private static byte[] bigFile(long size) {
		byte[] file = new byte[(int) size];
		byte[] header = "first_name,last_name\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, file, 0, header.length);
		byte[] row = ("Padding," + "x".repeat(291) + "\n").getBytes(StandardCharsets.US_ASCII);
		for (int at = header.length; at < size; at++) {
			file[at] = row[(at - header.length) % row.length];
		}
		return file;
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
