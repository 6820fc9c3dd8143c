package com.crewdesk.jobs.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job forms over real HTTP: what a post turns into (only changed fields, empty →
 * null), and refusals.
 */
@CrewdeskIntegrationTest
class JobFormIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	DemoData demo;

	ApiClient api;

	@BeforeEach
	void setUp() {
		demo = new DemoData(jdbc);
		api = new ApiClient(port, "cd_demo_acme_key");
	}

	/**
	 * A job made through the API, with a description and an estimate, assigned to
	 * tech@acme.test.
	 */
	Map<String, String> newJob() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "Form IT job");
		body.put("customer_uuid", demo.customer("Acme Roofing", 5).toString());
		body.put("description", "Loose shingles");
		body.put("estimated_amount", "120.50");
		body.put("insurance_claim", "CLM-1");
		body.put("assigned_to_user_id", demo.staffId("tech@acme.test").toString());
		var created = api.post("/api/v1/jobs", body);
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return Map.of("uuid", created.data().get("uuid").asString(), "number",
				created.data().get("job_number").asString());
	}

	Map<String, Object> row(String uuid) {
		return jdbc
			.sql("SELECT title, description, estimated_amount, priority, insurance_claim, status, version "
					+ "FROM jobs WHERE uuid = :u")
			.param("u", UUID.fromString(uuid))
			.query()
			.singleRow();
	}

	/**
	 * The edit form of a job as the browser would post it unchanged: values, originals,
	 * version.
	 */
	Map<String, String> unchangedEditForm(WebSession session, String number) {
		String html = session.get("/jobs/" + number + "/edit").body();
		Map<String, String> form = new LinkedHashMap<>();
		var matcher = java.util.regex.Pattern
			.compile("<input type=\"hidden\" name=\"(orig\\.[^\"]+|version|_csrf)\" value=\"([^\"]*)\"")
			.matcher(html);
		while (matcher.find()) {
			String value = org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(2));
			form.put(matcher.group(1), value);
			if (matcher.group(1).startsWith("orig.")) {
				form.put(matcher.group(1).substring(5), value);
			}
		}
		form.remove("insurance_claim");
		form.remove("note");
		return form;
	}

	@Test
	void anEditSendsOnlyTheFieldsTheUserChanged() {
		Map<String, String> job = newJob();
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		Map<String, String> form = unchangedEditForm(session, job.get("number"));
		form.put("title", "Form IT job, renamed");
		form.put("priority", "High");
		long historyBefore = demo.historyCount(UUID.fromString(job.get("uuid")));

		HttpResponse<String> saved = session.postForm("/jobs/" + job.get("number") + "/edit", form);

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/jobs/" + job.get("number"));
		assertThat(row(job.get("uuid"))).containsEntry("title", "Form IT job, renamed")
			.containsEntry("priority", "High")
			.containsEntry("description", "Loose shingles");
		List<String> fields = jdbc
			.sql("SELECT h.field FROM job_history h JOIN jobs j ON j.id = h.job_id "
					+ "WHERE j.uuid = :u ORDER BY h.id DESC LIMIT 2")
			.param("u", UUID.fromString(job.get("uuid")))
			.query(String.class)
			.list();
		assertThat(demo.historyCount(UUID.fromString(job.get("uuid")))).isEqualTo(historyBefore + 2);
		assertThat(fields).containsExactlyInAnyOrder("title", "priority");
	}

	@Test
	void anEmptiedOptionalFieldBecomesNull() {
		Map<String, String> job = newJob();
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		Map<String, String> form = unchangedEditForm(session, job.get("number"));
		form.put("description", "");
		form.put("estimated_amount", "");

		HttpResponse<String> saved = session.postForm("/jobs/" + job.get("number") + "/edit", form);

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(row(job.get("uuid")).get("description")).isNull();
		assertThat(row(job.get("uuid")).get("estimated_amount")).isNull();
	}

	@Test
	void anEmptiedRequiredFieldIsRefusedNextToTheField() {
		Map<String, String> job = newJob();
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		Map<String, String> form = unchangedEditForm(session, job.get("number"));
		form.put("title", "");

		HttpResponse<String> refused = session.postForm("/jobs/" + job.get("number") + "/edit", form);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"f-title-error\"").contains("must not be blank");
		assertThat(row(job.get("uuid")).get("title")).isEqualTo("Form IT job");
	}

	@Test
	void aCreateOnlyFieldPostedOnEditIsRefusedAndNothingIsWritten() {
		Map<String, String> job = newJob();
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		Map<String, String> form = unchangedEditForm(session, job.get("number"));
		form.put("title", "Would be renamed");
		form.put("insurance_claim", "CLM-2");
		long version = demo.version(UUID.fromString(job.get("uuid")));

		HttpResponse<String> refused = session.postForm("/jobs/" + job.get("number") + "/edit", form);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("can only be set when the job is created");
		assertThat(row(job.get("uuid"))).containsEntry("insurance_claim", "CLM-1")
			.containsEntry("title", "Form IT job");
		assertThat(demo.version(UUID.fromString(job.get("uuid")))).isEqualTo(version);
	}

	@Test
	void aTechnicianPostingAForbiddenFieldGets403AndNothingIsWritten() {
		Map<String, String> job = newJob();
		WebSession tech = WebSession.loggedIn(port, "tech@acme.test", "tech");
		String token = tech.csrfToken("/jobs/" + job.get("number"));
		long version = demo.version(UUID.fromString(job.get("uuid")));
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", token);
		form.put("version", String.valueOf(version));
		form.put("orig.status", "New");
		form.put("status", "In Progress");
		form.put("orig.title", "Form IT job");
		form.put("title", "Renamed by the technician");

		HttpResponse<String> refused = tech.postForm("/jobs/" + job.get("number") + "/edit", form);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("technicians may not change this field");
		assertThat(row(job.get("uuid"))).containsEntry("title", "Form IT job").containsEntry("status", "New");
		assertThat(demo.version(UUID.fromString(job.get("uuid")))).isEqualTo(version);
	}

	@Test
	void aTechnicianChangesTheStatusOfTheirJob() {
		Map<String, String> job = newJob();
		WebSession tech = WebSession.loggedIn(port, "tech@acme.test", "tech");
		String token = tech.csrfToken("/jobs/" + job.get("number"));
		Map<String, String> form = Map.of("_csrf", token, "version",
				String.valueOf(demo.version(UUID.fromString(job.get("uuid")))), "orig.status", "New", "status",
				"In Progress", "orig.closing_notes", "", "closing_notes", "");

		HttpResponse<String> saved = tech.postForm("/jobs/" + job.get("number") + "/edit", form);

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(row(job.get("uuid"))).containsEntry("status", "In Progress");
	}

	@Test
	void anotherCompanysJobIsAFriendly404() {
		WebSession bolt = WebSession.loggedIn(port, "admin@bolt.test", "admin");
		String acmeNumber = newJob().get("number");
		String boltNumber = jdbc
			.sql("SELECT job_number FROM jobs j JOIN companies c ON c.id = j.company_id "
					+ "WHERE c.name = 'Bolt Plumbing' ORDER BY j.id LIMIT 1")
			.query(String.class)
			.single();
		long acmeJobsWithThatNumber = jdbc.sql("SELECT count(*) FROM jobs WHERE job_number = :n")
			.param("n", acmeNumber)
			.query(Long.class)
			.single();

		HttpResponse<String> page = bolt.get("/jobs/JOB-999999");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("id=\"error-title\"").doesNotContain("Exception");
		assertThat(bolt.get("/jobs/" + boltNumber).statusCode()).isEqualTo(200);
		if (acmeJobsWithThatNumber == 1) {
			assertThat(bolt.get("/jobs/" + acmeNumber).statusCode()).isEqualTo(404);
		}
	}

	@Test
	void validationAnswersTheMessageOfTheFieldJustLeft() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		String token = session.csrfToken("/jobs/new");
		HttpResponse<String> answer = send(session, "/jobs/validate",
				Map.of("_csrf", token, "title", "x", "scheduled_time_start", "10:00", "scheduled_time_end", "09:00"),
				"scheduled_time_end");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"f-scheduled_time_end-error\"").contains("must be after");
		long jobs = jdbc.sql("SELECT count(*) FROM jobs WHERE title = 'x'").query(Long.class).single();
		assertThat(jobs).isZero();
	}

	private HttpResponse<String> send(WebSession session, String path, Map<String, String> form, String trigger) {
		return session.postForm(path, form, Map.of("HX-Request", "true", "HX-Trigger-Name", trigger));
	}

	@Test
	void tickingAChecklistStepStampsWhoAndWhen() {
		Map<String, String> job = newJob();
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		String token = session.csrfToken("/jobs/" + job.get("number"));

		HttpResponse<String> ticked = session.postForm("/jobs/" + job.get("number") + "/checklist",
				Map.of("_csrf", token, "step", "site_visit", "done", "true"));

		assertThat(ticked.statusCode()).isEqualTo(302);
		String page = session.get("/jobs/" + job.get("number")).body();
		assertThat(page).contains("id=\"step-site_visit\"").contains("by Dee Dispatch").contains("Mark not done");
	}

	@Test
	void theDetailPageShowsAmountsAsTheListDoes() {
		Map<String, String> job = newJob();
		api.patch("/api/v1/jobs/" + job.get("uuid"), Map.of("estimated_amount", "18442.5"));
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");

		String page = session.get("/jobs/" + job.get("number")).body();

		assertThat(page).contains("id=\"job-estimated\">18,442.50<").contains("id=\"job-actual\">—<");
	}

	@Test
	void aViewerGetsTheForbiddenPageForTheCreateForm() {
		WebSession viewer = WebSession.loggedIn(port, "viewer@acme.test", "viewer");

		HttpResponse<String> page = viewer.get("/jobs/new");

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("You may not do that");
	}

}
