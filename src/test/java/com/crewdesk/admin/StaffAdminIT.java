package com.crewdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff administration and passwords over HTTP, each test in a company of its own. */
@CrewdeskIntegrationTest
class StaffAdminIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	TestCompany company;

	WebSession admin;

	@BeforeEach
	void setUp() {
		company = TestCompany.create(jdbc, passwords);
		admin = WebSession.loggedIn(port, company.adminEmail(), TestCompany.PASSWORD);
	}

	@Test
	void anAddedPersonMustSetTheirOwnPasswordAtFirstLogin() {
		String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@test.test";
		HttpResponse<String> added = post("/admin/staff",
				Map.of("name", "Nina New", "email", email, "phone", "555-0100", "role", "TECHNICIAN", "password", ""));
		assertThat(added.statusCode()).isEqualTo(200);
		String temporary = value(added.body(), "temporary-password");
		assertThat(temporary).hasSize(16);
		assertThat(admin.get("/admin/staff?q=nina&role=TECHNICIAN").body()).contains("Nina New").contains(email);
		assertThat(admin.get("/admin/staff?role=VIEWER").body()).doesNotContain("Nina New");

		WebSession nina = new WebSession(port);
		HttpResponse<String> login = nina.login(email, temporary);
		assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/account/password");
		assertThat(nina.get("/jobs").headers().firstValue("Location").orElse("")).endsWith("/account/password");

		String token = nina.csrfToken("/account/password");
		HttpResponse<String> tooShort = nina.postForm("/account/password",
				Map.of("_csrf", token, "current", temporary, "password", "short", "confirm", "short"));
		assertThat(tooShort.body()).contains("at least 12 characters");
		HttpResponse<String> common = nina.postForm("/account/password",
				Map.of("_csrf", token, "current", temporary, "password", "password1234", "confirm", "password1234"));
		assertThat(common.body()).contains("too common");
		HttpResponse<String> isEmail = nina.postForm("/account/password",
				Map.of("_csrf", token, "current", temporary, "password", email, "confirm", email));
		assertThat(isEmail.body()).contains("not be your e-mail");
		HttpResponse<String> changed = nina.postForm("/account/password", Map.of("_csrf", token, "current", temporary,
				"password", "ninas own secret", "confirm", "ninas own secret"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(nina.get("/jobs").statusCode()).isEqualTo(200);
		assertThat(admin.get("/admin/staff").body()).doesNotContain(">Never<");
		WebSession.loggedIn(port, email, "ninas own secret");
	}

	@Test
	void theLastAdminCannotDemoteOrDeactivateThemselves() {
		String path = "/admin/staff/" + company.adminId();
		HttpResponse<String> demote = post(path, Map.of("name", "Ada", "phone", "", "role", "DISPATCHER"));
		assertThat(demote.statusCode()).isEqualTo(200);
		assertThat(demote.body()).contains("last active admin");
		HttpResponse<String> deactivate = post(path + "/deactivate", Map.of());
		assertThat(deactivate.body()).contains("last active admin");
		assertThat(jdbc.sql("SELECT role || active FROM staff_users WHERE id = :id")
			.param("id", company.adminId())
			.query(String.class)
			.single()).isEqualTo("ADMINtrue");

		String second = company.person(jdbc, passwords, "ADMIN");
		assertThat(post(path, Map.of("name", "Ada", "phone", "", "role", "DISPATCHER")).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("SELECT role FROM staff_users WHERE id = :id")
			.param("id", company.adminId())
			.query(String.class)
			.single()).isEqualTo("DISPATCHER");
		assertThat(second).isNotBlank();
	}

	@Test
	void aDeactivatedPersonsLiveSessionIsRefusedOnItsNextRequest() {
		String email = company.person(jdbc, passwords, "TECHNICIAN");
		WebSession tech = WebSession.loggedIn(port, email, TestCompany.PASSWORD);
		assertThat(tech.get("/jobs").statusCode()).isEqualTo(200);

		HttpResponse<String> deactivated = post("/admin/staff/" + company.staffId(jdbc, email) + "/deactivate",
				Map.of());
		assertThat(deactivated.statusCode()).isEqualTo(302);

		HttpResponse<String> next = tech.get("/jobs");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(new WebSession(port).login(email, TestCompany.PASSWORD).headers().firstValue("Location").orElse(""))
			.endsWith("/login?error");

		String page = admin.get("/admin/staff/" + company.staffId(jdbc, email)).body();
		assertThat(page).contains("Deactivated").contains("id=\"reactivate\"");
		post("/admin/staff/" + company.staffId(jdbc, email) + "/reactivate", Map.of());
		WebSession.loggedIn(port, email, TestCompany.PASSWORD);
	}

	@Test
	void aPasswordResetEndsSessionsAndForcesANewPassword() {
		String email = company.person(jdbc, passwords, "VIEWER");
		WebSession viewer = WebSession.loggedIn(port, email, TestCompany.PASSWORD);
		HttpResponse<String> reset = post("/admin/staff/" + company.staffId(jdbc, email) + "/password",
				Map.of("password", "temporary pass 42"));
		assertThat(value(reset.body(), "temporary-password")).isEqualTo("temporary pass 42");
		assertThat(viewer.get("/").statusCode()).isEqualTo(302);
		assertThat(new WebSession(port).login(email, "temporary pass 42").headers().firstValue("Location").orElse(""))
			.endsWith("/account/password");
	}

	@Test
	void changingTheOwnPasswordEndsTheOtherSessions() {
		WebSession other = WebSession.loggedIn(port, company.adminEmail(), TestCompany.PASSWORD);
		HttpResponse<String> wrongCurrent = post("/account/password",
				Map.of("current", "nope", "password", "a brand new secret", "confirm", "a brand new secret"));
		assertThat(wrongCurrent.body()).contains("is not your current password");
		HttpResponse<String> changed = post("/account/password", Map.of("current", TestCompany.PASSWORD, "password",
				"a brand new secret", "confirm", "a brand new secret"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/staff").statusCode()).isEqualTo(200);
		assertThat(other.get("/admin/staff").statusCode()).isEqualTo(302);
	}

	@Test
	void anEmailBelongsToOneAccountAcrossCompanies() {
		HttpResponse<String> taken = post("/admin/staff",
				Map.of("name", "Copy", "email", "TECH@acme.test", "phone", "", "role", "TECHNICIAN", "password", ""));
		assertThat(taken.body()).contains("already belongs to an account");
	}

	@Test
	void theStaffPageListsOpenJobsWithALinkToTheFilteredList() {
		String email = company.person(jdbc, passwords, "TECHNICIAN");
		UUID tech = company.staffId(jdbc, email);
		UUID customer = UUID.randomUUID();
		jdbc.sql("INSERT INTO customers (id, company_id, first_name) VALUES (:id, :c, 'Jo')")
			.param("id", customer)
			.param("c", company.id())
			.update();
		jdbc.sql("INSERT INTO jobs (uuid, company_id, job_number, title, customer_id, assigned_to_user_id) "
				+ "VALUES (:u, :c, 'JOB-000001', 'Fix the leak', :cu, :t)")
			.param("u", UUID.randomUUID())
			.param("c", company.id())
			.param("cu", customer)
			.param("t", tech)
			.update();
		post("/admin/staff/" + tech + "/deactivate", Map.of());
		String page = admin.get("/admin/staff/" + tech).body();
		assertThat(page).contains("Fix the leak").contains("href=\"/jobs?assignee=" + tech + "\"");
	}

	private HttpResponse<String> post(String path, Map<String, String> fields) {
		Map<String, String> withToken = new java.util.HashMap<>(fields);
		withToken.put("_csrf", admin.csrfToken("/admin/staff"));
		return admin.postForm(path, withToken);
	}

	private static String value(String html, String id) {
		Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as("input #" + id).isTrue();
		return matcher.group(1);
	}

}
