package com.crewdesk.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates jobs through the API for tests that need one of their own (tests share one
 * database).
 */
public final class TestJobs {

	private final ApiClient api;

	private final DemoData demo;

	public TestJobs(ApiClient api, DemoData demo) {
		this.api = api;
		this.demo = demo;
	}

	/** A created job: its uuid and number. */
	public record Created(String uuid, String number) {
	}

	public Created create(String title, Map<String, Object> extra) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("customer_uuid", demo.customer("Acme Roofing", 11).toString());
		body.putAll(extra);
		ApiClient.Answer created = api.post("/api/v1/jobs", body);
		if (created.status() != 201) {
			throw new IllegalStateException("job not created: " + created.raw().body());
		}
		return new Created(created.data().get("uuid").asString(), created.data().get("job_number").asString());
	}

	public void patch(Created job, Map<String, Object> patch) {
		ApiClient.Answer answer = api.patch("/api/v1/jobs/" + job.uuid(), patch);
		if (answer.status() != 200) {
			throw new IllegalStateException("job not patched: " + answer.raw().body());
		}
	}

	/** A field of the job as the API shows it now (null for JSON null). */
	public String field(Created job, String name) {
		var value = api.get("/api/v1/jobs/" + job.uuid()).data().get(name);
		return value == null || value.isNull() ? null : value.asString();
	}

}
