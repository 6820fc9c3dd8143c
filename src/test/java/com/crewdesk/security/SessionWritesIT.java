package com.crewdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
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
	FindByIndexNameSessionRepository<?> sessions;

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
		assertThat(sessions).isInstanceOf(SessionsSavedInRequest.class);
		Object jdbcSessions = ((SessionsSavedInRequest<?>) sessions).unwrapped();
		assertThat(jdbcSessions).isInstanceOf(JdbcIndexedSessionRepository.class);
		assertThat(ReflectionTestUtils.getField(jdbcSessions, "transactionOperations"))
			.isSameAs(TransactionOperations.withoutTransaction());
		WebSession web = WebSession.loggedIn(port, VIEWER, "viewer");
		assertThat(web.get("/jobs").statusCode()).isEqualTo(200);
	}

	@Autowired
	SessionRepositoryFilter<?> sessionFilter;

	@Autowired
	List<FilterRegistrationBean<?>> filters;

	/**
	 * Spring Session's filter reads through SessionsSavedInRequest (a page reads its
	 * session once: SessionsSavedInRequestTest), inside the filter that keeps a request's
	 * saved sessions.
	 */
	@Test
	void springSessionsFilterReadsThroughTheRequestsSavedSessions() {
		assertThat(ReflectionTestUtils.getField(sessionFilter, "sessionRepository"))
			.isInstanceOf(SessionsSavedInRequest.class);
		assertThat(filters).anySatisfy(registration -> {
			assertThat(registration.getFilterName()).isEqualTo("sessionsSavedInRequest");
			assertThat(registration.getOrder()).isLessThan(SessionRepositoryFilter.DEFAULT_ORDER);
		});
		WebSession web = WebSession.loggedIn(port, VIEWER, "viewer");
		assertThat(web.get("/jobs").statusCode()).isEqualTo(200);
		assertThat(web.get("/jobs").statusCode()).isEqualTo(200);
	}

}
