package com.crewdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.RawHttp;
import com.crewdesk.support.TestJobs;
import com.crewdesk.support.WebSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * P18 under fire: a seeded generator sends a few thousand hostile requests over real HTTP
 * (API bodies, query strings, headers, portal form posts) and none may answer 5xx; every
 * API error must be problem+json. Set {@code -Dcrewdesk.fuzz.seed=N} to replay a run,
 * {@code -Dcrewdesk.fuzz.rounds=N} to send more.
 */
@CrewdeskIntegrationTest
class InputFuzzIT {

	private static final String KEY = "cd_demo_acme_key";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final FuzzValues values = new FuzzValues(new Random(Long.getLong("crewdesk.fuzz.seed", 17L)));

	private final List<String> failures = new ArrayList<>();

	private RawHttp http;

	private TestJobs.Created job;

	@BeforeEach
	void ownJob() {
		http = new RawHttp(port);
		job = new TestJobs(new ApiClient(port, KEY), new DemoData(jdbc)).create("Fuzz target", Map.of());
	}

	@Test
	void noApiRequestAnswers5xxAndEveryErrorIsProblemJson() {
		int rounds = Integer.getInteger("crewdesk.fuzz.rounds", 1600);
		for (int i = 0; i < rounds; i++) {
			switch (i % 4) {
				case 0 -> api("PATCH", "/api/v1/jobs/" + job.uuid(), jsonHeaders(), values.patchBody());
				case 1 -> api("GET", "/api/v1/jobs?" + values.queryString(), values.apiHeaders(KEY), null);
				case 2 -> api("POST", "/api/v1/jobs" + (values.chance(3) ? "/batch" : ""), values.apiHeaders(KEY),
						i % 8 == 2 ? values.batchBody(job.uuid()) : values.patchBody());
				default -> api(values.method(), values.apiPath(job.uuid()), values.apiHeaders(KEY), values.maybeBody());
			}
		}
		assertThat(failures)
			.as("requests answered 5xx or without problem+json (seed %s)", Long.getLong("crewdesk.fuzz.seed", 17L))
			.isEmpty();
	}

	@Test
	void noPortalRequestAnswers5xx() {
		WebSession web = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		String token = web.csrfToken("/jobs");
		String cookie = "SESSION=" + web.cookie("SESSION");
		int rounds = Integer.getInteger("crewdesk.fuzz.rounds", 1600) / 2;
		for (int i = 0; i < rounds; i++) {
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Cookie", cookie);
			headers.put("X-CSRF-TOKEN", token);
			headers.put("Accept", values.accept());
			if (values.chance(2)) {
				headers.put("HX-Request", "true");
			}
			switch (i % 5) {
				case 0 -> portal("GET", "/jobs?" + values.queryString(), headers, null);
				case 1 -> portal("GET", "/jobs/export.csv?" + values.queryString(), headers, null);
				case 2 -> portal("PATCH", "/jobs/" + job.uuid() + "/cells/" + values.cell(), form(headers),
						values.formBody());
				case 3 -> portal("POST", "/jobs/batch/preview", form(headers), values.formBody());
				default -> portal(values.chance(2) ? "DELETE" : "POST", values.portalPath(job.uuid(), job.number()),
						form(headers), values.formBody());
			}
		}
		assertThat(failures).as("portal requests answered 5xx (seed %s)", Long.getLong("crewdesk.fuzz.seed", 17L))
			.isEmpty();
	}

	private void api(String method, String target, Map<String, String> headers, byte[] body) {
		RawHttp.Answer answer = http.send(method, target, headers, body);
		boolean problem = answer.contentType().startsWith("application/problem+json");
		if (answer.status() >= 500 || answer.status() >= 400 && !problem) {
			record(method, target, headers, body, answer);
		}
	}

	private void portal(String method, String target, Map<String, String> headers, byte[] body) {
		RawHttp.Answer answer = http.send(method, target, headers, body);
		if (answer.status() >= 500) {
			record(method, target, headers, body, answer);
		}
	}

	private void record(String method, String target, Map<String, String> headers, byte[] body, RawHttp.Answer answer) {
		if (failures.size() < 20) {
			String sent = body == null ? "" : new String(body, StandardCharsets.UTF_8);
			failures.add(answer.status() + " " + answer.contentType() + " for " + method + " " + target + " " + headers
					+ " " + sent.substring(0, Math.min(sent.length(), 300)));
		}
		else if (failures.size() == 20) {
			failures.add("…");
		}
	}

	private Map<String, String> jsonHeaders() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Authorization", "Bearer " + KEY);
		headers.put("Content-Type", "application/json");
		headers.put("Accept", "application/json");
		return headers;
	}

	private Map<String, String> form(Map<String, String> headers) {
		Map<String, String> withType = new LinkedHashMap<>(headers);
		withType.put("Content-Type", values.formContentType());
		return withType;
	}

}
