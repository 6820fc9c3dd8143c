package com.crewdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.RawHttp;
import com.crewdesk.support.TestJobs;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Session expiry on writes, the API's indifference to sessions, and the user's list of
 * their sessions.
 */
@CrewdeskIntegrationTest
class SessionHandlingIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void htmxWriteAfterTheSessionEndedIsSentToLoginWithTheWayBack() {
		TestJobs jobs = new TestJobs(new ApiClient(port, "cd_demo_acme_key"), new DemoData(jdbc));
		TestJobs.Created job = jobs.create("Expiry", Map.of());
		WebSession web = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		String token = web.csrfToken("/jobs");
		jdbc.sql("DELETE FROM spring_session WHERE principal_name = 'dispatch@acme.test'").update();

		HttpResponse<String> answer = web.send("PATCH", "/jobs/" + job.uuid() + "/cells/status",
				Map.of("value", "Scheduled"), Map.of("HX-Request", "true", "X-CSRF-TOKEN", token, "HX-Current-URL",
						"http://localhost:" + port + "/jobs?status=New"));

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("HX-Redirect")).hasValue("/login?ended&continue=%2Fjobs%3Fstatus%3DNew");
		assertThat(jobs.field(job, "status")).isEqualTo("New");
	}

	@Test
	void loginPageSaysTheChangeWasNotSavedAndLoggingInLeadsBack() {
		WebSession web = new WebSession(port);
		assertThat(web.get("/login?ended&continue=%2Fjobs%3Fstatus%3DNew").body())
			.contains("Your session has ended; log in again. Your change was not saved.")
			.contains("name=\"continue\" value=\"/jobs?status=New\"");

		String token = web.csrfToken("/login");
		HttpResponse<String> login = web.postForm("/login", Map.of("email", "viewer@acme.test", "password", "viewer",
				"_csrf", token, "continue", "/jobs?status=New"));

		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/jobs?status=New"));
	}

	@Test
	void loginNeverContinuesToAnotherSite() {
		WebSession web = new WebSession(port);
		String token = web.csrfToken("/login");
		HttpResponse<String> login = web.postForm("/login", Map.of("email", "viewer@acme.test", "password", "viewer",
				"_csrf", token, "continue", "//evil.example/x"));

		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("evil"));
	}

	@Test
	void writeWithoutCsrfInsideALiveSessionIsStillForbidden() {
		WebSession web = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");

		assertThat(web.postForm("/logout", Map.of(), Map.of("HX-Request", "true")).statusCode()).isEqualTo(403);
	}

	@Test
	void apiCallCarryingAPortalSessionCookieLeavesThatSessionAlone() {
		WebSession web = WebSession.loggedIn(port, "viewer@acme.test", "viewer");
		String session = web.cookie("SESSION");

		RawHttp.Answer api = new RawHttp(port).send("GET", "/api/v1/jobs?limit=1",
				Map.of("Authorization", "Bearer cd_demo_acme_key", "Cookie", "SESSION=" + session), null);

		assertThat(api.status()).isEqualTo(200);
		assertThat(api.headers()).doesNotContainKey("set-cookie");
		assertThat(web.cookie("SESSION")).isEqualTo(session);
		assertThat(web.get("/jobs").statusCode()).as("portal tab still logged in").isEqualTo(200);
	}

	@Test
	void apiUnauthorizedNamesTheBearerScheme() {
		RawHttp http = new RawHttp(port);

		assertThat(http.send("GET", "/api/v1/jobs", Map.of(), null).headers().get("www-authenticate"))
			.isEqualTo("Bearer realm=\"crewdesk\"");
		assertThat(http.send("GET", "/api/v1/jobs", Map.of("Authorization", "Bearer nope"), null)
			.headers()
			.get("www-authenticate")).isEqualTo("Bearer realm=\"crewdesk\", error=\"invalid_token\"");
	}

	@Test
	void userSeesTheirSessionsAndLogsOutEverywhereElse() {
		WebSession phone = WebSession.loggedIn(port, "luis@acme.test", "tech");
		WebSession desk = WebSession.loggedIn(port, "luis@acme.test", "tech");

		String page = desk.get("/account/sessions").body();
		assertThat(page).contains("This session").contains("Log out everywhere else");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", desk.csrfToken("/account/sessions"));
		HttpResponse<String> ended = desk.postForm("/account/sessions/end-others", form);

		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(desk.get("/account/sessions").body()).contains("Logged out of")
			.contains("You are not logged in anywhere else.");
		assertThat(phone.get("/jobs").statusCode()).as("the other session ended").isEqualTo(302);
		assertThat(desk.get("/jobs").statusCode()).isEqualTo(200);
	}

}
