package com.crewdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Logins, failed logins and logouts land in the company's audit log, with who, when, IP;
 * filters narrow it.
 */
@CrewdeskIntegrationTest
class AuditLogIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void loginsFailedLoginsAndLogoutsAreRecorded() {
		TestCompany company = TestCompany.create(jdbc, passwords);
		String tech = company.person(jdbc, passwords, "TECHNICIAN");
		new WebSession(port).login(tech, "wrong password");
		WebSession session = WebSession.loggedIn(port, tech, TestCompany.PASSWORD);
		session.postForm("/logout", Map.of("_csrf", session.csrfToken("/")));

		WebSession admin = WebSession.loggedIn(port, company.adminEmail(), TestCompany.PASSWORD);
		String all = admin.get("/admin/audit").body();
		assertThat(all).contains("<td>Failed login</td>")
			.contains("<td>Logout</td>")
			.contains(tech)
			.contains("127.0.0.1");
		String failed = admin.get("/admin/audit?kind=LOGIN_FAILED").body();
		assertThat(failed).contains(tech).doesNotContain("<td>Logout</td>");
		String byPerson = admin.get("/admin/audit?person=" + company.adminId()).body();
		assertThat(byPerson).contains(company.adminEmail()).doesNotContain(tech);
		assertThat(admin.get("/admin/audit?from=2000-01-01&to=2000-01-02").body()).contains("No entries match.");
		assertThat(admin.get("/admin/audit?page=x&from=nonsense&person=bad").statusCode()).isEqualTo(200);
		assertThat(WebSession.loggedIn(port, "admin@bolt.test", "admin").get("/admin/audit").body())
			.doesNotContain(tech);
	}

}
