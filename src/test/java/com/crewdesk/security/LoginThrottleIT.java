package com.crewdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password guessing is throttled per account and per address, in the database; nothing
 * tells whether an e-mail exists; an admin lifts a lockout. Each test sends its own
 * client address (X-Forwarded-For, trusted from localhost like a proxy in front of the
 * app) so the per-address count of one test does not touch another.
 */
@CrewdeskIntegrationTest
class LoginThrottleIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	RecordedLoginEvents recorded;

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPassword() {
		String email = staffMember("secret");
		String address = "203.0.113.11";
		for (int i = 1; i <= 4; i++) {
			assertThat(location(login(email, "wrong", address))).endsWith("/login?error");
		}

		assertThat(location(login(email, "wrong", address))).endsWith("/login?locked=15");
		assertThat(location(login(email, "secret", address))).containsPattern("/login\\?locked=1[45]$");
		assertThat(new WebSession(port).get("/login?locked=15").body())
			.contains("Too many attempts, try again in 15 minutes.");
		assertThat(recorded.events).filteredOn(e -> e instanceof LoginFailed f && f.email().equals(email)).hasSize(5);
		assertThat(recorded.events)
			.anyMatch(e -> e instanceof LoginLockedOut l && l.email().equals(email) && l.address().equals(address));
	}

	@Test
	void anUnknownEmailGetsExactlyTheSameAnswers() {
		String address = "203.0.113.12";
		String unknown = "nobody-" + UUID.randomUUID() + "@acme.test";
		for (int i = 1; i <= 4; i++) {
			assertThat(location(login(unknown, "wrong", address))).endsWith("/login?error");
		}

		assertThat(location(login(unknown, "wrong", address))).endsWith("/login?locked=15");
	}

	@Test
	void oneAddressTryingManyAccountsIsLimited() {
		String address = "203.0.113.13";
		for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
			login("guess-" + i + "-" + UUID.randomUUID() + "@acme.test", "wrong", address);
		}

		assertThat(location(login("viewer@acme.test", "viewer", address))).contains("/login?locked=");
		assertThat(location(login("viewer@acme.test", "viewer", "203.0.113.14"))).doesNotContain("login");
	}

	@Test
	void anAdminSeesTheLockoutAndLiftsIt() {
		String email = staffMember("secret");
		for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
			login(email, "wrong", "203.0.113.15");
		}
		WebSession admin = WebSession.loggedIn(port, "admin@acme.test", "admin");
		String page = admin.get("/admin/lockouts").body();
		assertThat(page).contains(email).contains("Lift");
		long id = jdbc.sql("SELECT max(id) FROM login_lockouts WHERE email = :e")
			.param("e", email)
			.query(Long.class)
			.single();

		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", admin.csrfToken("/admin/lockouts"));
		assertThat(admin.postForm("/admin/lockouts/" + id + "/lift", form).statusCode()).isEqualTo(302);

		assertThat(admin.get("/admin/lockouts").body()).contains("Lockout lifted.").doesNotContain(email);
		assertThat(location(login(email, "secret", "203.0.113.15"))).doesNotContain("login");
		assertThat(recorded.events).anyMatch(e -> e instanceof LockoutLifted l && l.email().equals(email));
	}

	@Test
	void lockoutsAndTheirLiftingAreInTheAuditLog() {
		String email = staffMember("secret");
		for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
			login(email, "wrong", "203.0.113.16");
		}
		WebSession admin = WebSession.loggedIn(port, "admin@acme.test", "admin");
		long id = jdbc.sql("SELECT max(id) FROM login_lockouts WHERE email = :e")
			.param("e", email)
			.query(Long.class)
			.single();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", admin.csrfToken("/admin/lockouts"));
		admin.postForm("/admin/lockouts/" + id + "/lift", form);

		assertThat(jdbc.sql("SELECT kind FROM audit_log WHERE subject = :e ORDER BY id")
			.param("e", email)
			.query(String.class)
			.list()).contains("LOGIN_LOCKED_OUT", "LOCKOUT_LIFTED");
		assertThat(admin.get("/admin/audit").body()).contains("Login locked out").contains("Lockout lifted");
	}

	@Test
	void anotherCompanysAdminCannotLiftIt() {
		String email = staffMember("secret");
		for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
			login(email, "wrong", "203.0.113.16");
		}
		WebSession bolt = WebSession.loggedIn(port, "admin@bolt.test", "admin");
		assertThat(bolt.get("/admin/lockouts").body()).doesNotContain(email);
		long id = jdbc.sql("SELECT max(id) FROM login_lockouts WHERE email = :e")
			.param("e", email)
			.query(Long.class)
			.single();

		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", bolt.csrfToken("/admin/lockouts"));
		bolt.postForm("/admin/lockouts/" + id + "/lift", form);

		assertThat(location(login(email, "secret", "203.0.113.16"))).contains("/login?locked=");
	}

	@Test
	void onlyAdminsSeeLockouts() {
		assertThat(WebSession.loggedIn(port, "dispatch@acme.test", "dispatch").get("/admin/lockouts").statusCode())
			.isEqualTo(403);
	}

	private String staffMember(String password) {
		String email = "throttle-" + UUID.randomUUID() + "@acme.test";
		jdbc.sql("""
				INSERT INTO staff_users (id, company_id, email, display_name, phone, role, password_hash)
				VALUES (:id, :company, :email, 'Throttle Test', '+1 303 555 0199', 'TECHNICIAN', :hash)""")
			.param("id", UUID.randomUUID())
			.param("company", new DemoData(jdbc).acme())
			.param("email", email)
			.param("hash", passwords.encode(password))
			.update();
		return email;
	}

	private HttpResponse<String> login(String email, String password, String address) {
		WebSession web = new WebSession(port);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("email", email);
		form.put("password", password);
		form.put("_csrf", web.csrfToken("/login"));
		return web.postForm("/login", form, Map.of("X-Forwarded-For", address));
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

}
