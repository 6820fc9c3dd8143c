package com.crewdesk.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@CrewdeskIntegrationTest
class SecurityIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void anonymousPageRequestsRedirectToLogin() {
		for (String path : List.of("/", "/jobs", "/admin")) {
			HttpResponse<String> response = new WebSession(port).get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(path)
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		}
	}

	@Test
	void htmxRequestWithoutSessionAsksTheBrowserToReload() {
		HttpResponse<String> response = new WebSession(port).get("/jobs", Map.of("HX-Request", "true"));
		assertThat(response.headers().firstValue("HX-Refresh")).contains("true");
		assertThat(response.body()).doesNotContain("login-form");
	}

	@Test
	void eachRoleSeesItsOwnNavigation() {
		assertThat(navigation("admin@acme.test", "admin")).containsExactly("nav-dashboard", "nav-jobs", "nav-board",
				"nav-customers", "nav-new-job", "nav-import", "nav-admin");
		assertThat(navigation("dispatch@acme.test", "dispatch")).containsExactly("nav-dashboard", "nav-jobs",
				"nav-board", "nav-customers", "nav-new-job", "nav-import");
		assertThat(navigation("tech@acme.test", "tech")).containsExactly("nav-dashboard", "nav-my-jobs",
				"nav-notifications");
		assertThat(navigation("viewer@acme.test", "viewer")).containsExactly("nav-dashboard", "nav-jobs", "nav-board",
				"nav-customers");
		assertThat(WebSession.loggedIn(port, "viewer@acme.test", "viewer").get("/").body())
			.contains("id=\"nav-role\">Viewer<");
	}

	@Test
	void adminPagesAreRefusedToOtherRolesOnTheServer() {
		assertThat(WebSession.loggedIn(port, "dispatch@acme.test", "dispatch").get("/admin").statusCode())
			.isEqualTo(403);
		assertThat(WebSession.loggedIn(port, "admin@acme.test", "admin").get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void postWithoutCsrfTokenIsRefused() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		HttpResponse<String> response = session.postForm("/logout", Map.of());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(session.get("/").statusCode()).as("still logged in").isEqualTo(200);
	}

	@Test
	void wrongPasswordShowsOneGenericMessage() {
		WebSession session = new WebSession(port);
		HttpResponse<String> wrongPassword = session.login("dispatch@acme.test", "nope");
		HttpResponse<String> unknownUser = new WebSession(port).login("nobody@acme.test", "nope");
		assertThat(wrongPassword.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(unknownUser.headers().firstValue("Location"))
			.isEqualTo(wrongPassword.headers().firstValue("Location"));
		assertThat(session.get("/login?error").body()).contains("Wrong e-mail or password.");
	}

	@Test
	void inactiveUserCannotLogIn() {
		long acme = jdbc.sql("SELECT id FROM companies WHERE name = 'Acme Roofing'").query(Long.class).single();
		String email = "former-" + UUID.randomUUID() + "@acme.test";
		jdbc.sql("INSERT INTO staff_users (id, company_id, email, display_name, role, password_hash, active) "
				+ "VALUES (:id, :c, :e, 'Former Tech', 'TECHNICIAN', :h, false)")
			.param("id", UUID.randomUUID())
			.param("c", acme)
			.param("e", email)
			.param("h", passwords.encode("secret"))
			.update();

		HttpResponse<String> response = new WebSession(port).login(email, "secret");

		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
	}

	@Test
	void passwordsAreStoredHashed() {
		String hash = jdbc.sql("SELECT password_hash FROM staff_users WHERE email = 'admin@acme.test'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("admin");
	}

	@Test
	void boltUserSeesOnlyBoltCounts() {
		String page = WebSession.loggedIn(port, "admin@bolt.test", "admin").get("/").body();
		long boltLive = countLiveJobs("Bolt Plumbing");
		long acmeLive = countLiveJobs("Acme Roofing");
		assertThat(sumOfCounts(page)).isEqualTo(boltLive).isNotEqualTo(acmeLive);
		assertThat(page).contains("Bolt Plumbing").doesNotContain("Acme Roofing");
	}

	@Test
	void technicianDashboardCountsOnlyTheirJobs() {
		String page = WebSession.loggedIn(port, "tech@acme.test", "tech").get("/").body();
		long own = jdbc
			.sql("SELECT count(*) FROM jobs j JOIN staff_users s ON s.id = j.assigned_to_user_id "
					+ "WHERE s.email = 'tech@acme.test' AND j.deleted_at IS NULL")
			.query(Long.class)
			.single();
		assertThat(sumOfCounts(page)).isEqualTo(own);
	}

	private List<String> navigation(String email, String password) {
		String html = WebSession.loggedIn(port, email, password).get("/").body();
		String links = html.substring(html.indexOf("id=\"nav-links\""),
				html.indexOf("</ul>", html.indexOf("id=\"nav-links\"")));
		return Pattern.compile("class=\"nav-link\" id=\"(nav-[a-z-]+)\"")
			.matcher(links)
			.results()
			.map(m -> m.group(1))
			.toList();
	}

	private long countLiveJobs(String company) {
		return jdbc
			.sql("SELECT count(*) FROM jobs j JOIN companies c ON c.id = j.company_id "
					+ "WHERE c.name = :name AND j.deleted_at IS NULL")
			.param("name", company)
			.query(Long.class)
			.single();
	}

	private static long sumOfCounts(String html) {
		Matcher matcher = Pattern.compile("count-value\">([0-9,]+)<").matcher(html);
		long sum = 0;
		while (matcher.find()) {
			sum += Long.parseLong(matcher.group(1).replace(",", ""));
		}
		return sum;
	}

}
