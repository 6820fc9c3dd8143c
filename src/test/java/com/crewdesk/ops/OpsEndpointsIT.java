package com.crewdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@CrewdeskIntegrationTest
class OpsEndpointsIT {

	@LocalServerPort
	int port;

	@Test
	void healthIsOpenAndShowsAnonymousCallersTheStatusOnly() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			HttpResponse<String> response = new WebSession(port).get(path, Map.of("Accept", "application/json"));
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path)
				.contains("\"status\":\"UP\"")
				.doesNotContain("components", "details", "db");
		}
	}

	@Test
	void adminsSeeTheReadinessComponents() {
		HttpResponse<String> response = WebSession.loggedIn(port, "admin@acme.test", "admin")
			.get("/actuator/health/readiness", Map.of("Accept", "application/json"));
		assertThat(response.body()).contains("\"db\"", "\"migrations\"", "\"readinessState\"");
	}

	@Test
	void metricsAreRefusedToAnonymousCallersAndToOtherRoles() {
		assertThat(new WebSession(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(WebSession.loggedIn(port, "dispatch@acme.test", "dispatch").get("/actuator/prometheus").statusCode())
			.isEqualTo(403);
		assertThat(new ApiClient(port, "cd_demo_acme_key").get("/actuator/prometheus").status()).isEqualTo(401);
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() {
		assertThat(WebSession.loggedIn(port, "admin@acme.test", "admin").get("/actuator/env").statusCode()).isIn(403,
				404);
	}

	@Test
	void adminsReadCrewdeskMetricsInPrometheusFormat() {
		new WebSession(port).login("admin@acme.test", "wrong password");
		WebSession dispatcher = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		dispatcher.get("/jobs?status=Scheduled&q=roof");
		ApiClient api = new ApiClient(port, "cd_demo_acme_key");
		api.get("/api/v1/jobs?status=Scheduled&limit=5");
		String anyJob = api.get("/api/v1/jobs?limit=1").data().get("jobs").get(0).get("uuid").asString();
		api.patch("/api/v1/jobs/" + anyJob, Map.of("title", ""));

		HttpResponse<String> response = WebSession.loggedIn(port, "admin@acme.test", "admin")
			.get("/actuator/prometheus", Map.of("Accept", "text/plain"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("crewdesk_login_failures_total{", "reason=\"bad-credentials\"",
				"crewdesk_jobs_list_requests_seconds_count{", "filters=\"q+status\"", "view=\"page\"", "view=\"api\"",
				"filters=\"status\"", "crewdesk_patch_outcomes_total{", "outcome=\"refused\"", "jvm_memory_used_bytes",
				"http_server_requests_seconds_count");
	}

}
