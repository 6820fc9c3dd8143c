package com.crewdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.TestJobs;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * P18: a refusal gets the same status wherever it is made: a job page's form, an htmx
 * fragment (inline cell) or the API (one mapping, ViolationStatus). Each case also checks
 * that nothing was written.
 */
@CrewdeskIntegrationTest
class ViolationStatusIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	TestJobs jobs;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port, "cd_demo_acme_key");
		jobs = new TestJobs(api, new DemoData(jdbc));
	}

	@Test
	void anInvalidValueIsA400ThroughThePageTheFragmentAndTheApi() {
		TestJobs.Created job = jobs.create("Status mapping invalid", Map.of());
		WebSession dispatcher = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");

		assertThat(api.patch("/api/v1/jobs/" + job.uuid(), Map.of("priority", "Whenever")).status()).isEqualTo(400);
		assertThat(cell(dispatcher, job, "priority", "Whenever", "0").statusCode()).isEqualTo(400);
		assertThat(editForm(dispatcher, job, "priority", "Normal", "Whenever", "0").statusCode()).isEqualTo(400);

		assertThat(jobs.field(job, "priority")).isEqualTo("Normal");
		assertThat(jobs.field(job, "version")).isEqualTo("0");
	}

	@Test
	void aChangeTheRulesForbidIsA403ThroughThePageAndTheFragment() {
		TestJobs.Created job = jobs.create("Status mapping forbidden", Map.of());
		WebSession viewer = WebSession.loggedIn(port, "viewer@acme.test", "viewer");

		assertThat(cell(viewer, job, "priority", "High", "0").statusCode()).isEqualTo(403);
		assertThat(editForm(viewer, job, "priority", "Normal", "High", "0").statusCode()).isEqualTo(403);

		assertThat(jobs.field(job, "priority")).isEqualTo("Normal");
	}

	@Test
	void aStaleVersionIs412ForTheApiAnd409ForPeople() {
		TestJobs.Created job = jobs.create("Status mapping stale", Map.of());
		jobs.patch(job, Map.of("priority", "Low"));
		WebSession dispatcher = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");

		assertThat(api.patch("/api/v1/jobs/" + job.uuid(), Map.of("priority", "High"), Map.of("If-Match", "\"0\""))
			.status()).isEqualTo(412);
		assertThat(cell(dispatcher, job, "priority", "High", "0").statusCode()).isEqualTo(409);
		assertThat(editForm(dispatcher, job, "priority", "Normal", "High", "0").statusCode()).isEqualTo(409);

		assertThat(jobs.field(job, "priority")).isEqualTo("Low");
	}

	private static HttpResponse<String> cell(WebSession session, TestJobs.Created job, String cell, String value,
			String version) {
		String token = session.csrfToken("/jobs/" + job.number());
		return session.send("PATCH", "/jobs/" + job.uuid() + "/cells/" + cell,
				Map.of("value", value, "version", version), Map.of("HX-Request", "true", "X-CSRF-TOKEN", token));
	}

	private static HttpResponse<String> editForm(WebSession session, TestJobs.Created job, String field,
			String original, String wanted, String version) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", session.csrfToken("/jobs/" + job.number()));
		form.put("version", version);
		form.put("orig." + field, original);
		form.put(field, wanted);
		return session.postForm("/jobs/" + job.number() + "/edit", form);
	}

}
