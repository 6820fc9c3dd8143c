package com.crewdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A session's row is written when something in it changed, and its last access at most
 * once a minute (SessionStorage): requests in between only read it.
 */
@CrewdeskIntegrationTest
class SessionWritesIT {

	private static final String VIEWER = "viewer@acme.test";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Test
	void requestsWithinAMinuteLeaveTheLastAccessAsItWas() {
		WebSession web = WebSession.loggedIn(port, VIEWER, "viewer");
		web.get("/jobs");
		long before = lastAccess(web);

		assertThat(web.get("/jobs").statusCode()).isEqualTo(200);
		assertThat(web.get("/").statusCode()).isEqualTo(200);

		assertThat(lastAccess(web)).isEqualTo(before);
	}

	@Test
	void aRequestAMinuteAfterTheLastWrittenAccessWritesItAndMovesTheExpiry() {
		WebSession web = WebSession.loggedIn(port, VIEWER, "viewer");
		web.get("/jobs");
		jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - 61000, "
				+ "expiry_time = expiry_time - 61000 WHERE session_id = ?")
			.param(sessionId(web))
			.update();
		long backdated = lastAccess(web);

		assertThat(web.get("/jobs").statusCode()).isEqualTo(200);

		long written = lastAccess(web);
		assertThat(written).isGreaterThanOrEqualTo(backdated + 61_000);
		long expiry = jdbc.sql("SELECT expiry_time FROM spring_session WHERE session_id = ?")
			.param(sessionId(web))
			.query(Long.class)
			.single();
		assertThat(expiry).isEqualTo(written + 30 * 60 * 1000L);
	}

	@Test
	void theLoginItselfIsWrittenAtOnce() {
		WebSession web = WebSession.loggedIn(port, VIEWER, "viewer");

		assertThat(jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = ?")
			.param(sessionId(web))
			.query(String.class)
			.single()).isEqualTo(VIEWER);
	}

	private long lastAccess(WebSession web) {
		return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?")
			.param(sessionId(web))
			.query(Long.class)
			.single();
	}

	private static String sessionId(WebSession web) {
		return new String(java.util.Base64.getDecoder().decode(web.cookie("SESSION")));
	}

	@Test
	void sessionsAreReadAndWrittenWithoutATransactionOfTheirOwn() {
		// Spring Session's default wraps each read and save in a new transaction: a begin
		// and a commit more on every request.
		assertThat(ReflectionTestUtils.getField(sessions, "transactionOperations"))
			.isSameAs(TransactionOperations.withoutTransaction());
		WebSession web = WebSession.loggedIn(port, VIEWER, "viewer");
		assertThat(web.get("/jobs").statusCode()).isEqualTo(200);
	}

}
