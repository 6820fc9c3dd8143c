package com.crewdesk.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sessions live in PostgreSQL (V4), shared by every instance.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

	/**
	 * Writes a session's row only when something in it changed or its last access moved
	 * by a minute (a thirtieth of the idle timeout when that is shorter). Spring Session
	 * writes the last access on every request, so every page, fragment and poll paid an
	 * UPDATE and a commit; an idle session now ends at most a minute before its timeout.
	 * The parameters are Spring Session's own, in its order: id, last access, idle
	 * timeout (s), expiry, principal, primary id.
	 */
	static final String UPDATE_WHEN_CHANGED = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
			    MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
			    PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT),
			              CAST(? AS VARCHAR(100)), CAST(? AS CHAR(36))))
			     AS V (SESSION_ID, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME, PRIMARY_ID)
			WHERE S.PRIMARY_ID = V.PRIMARY_ID
			  AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
			       OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
			       OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= LEAST(60000, V.MAX_INACTIVE_INTERVAL * 1000 / 30))
			""";

	/**
	 * Parallel requests of one session (several tabs, htmx requests right after the
	 * login) may each add the same new attribute, such as the CSRF token; the standard
	 * INSERT then fails with a duplicate key and the request with a 500. PostgreSQL's
	 * upsert (Spring Session's own customizer) makes the last write win instead.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * What Spring Session's filter and the rest of the app get as the session repository:
	 * the JDBC one, wrapped so that a page reads its session once
	 * (SessionsSavedInRequest). Wrapped after its creation rather than declared as a
	 * repository of its own, since Spring Boot makes the JDBC repository only when no
	 * other is declared; the JDBC repository keeps its own start and stop (its
	 * expired-session cleanup).
	 */
	@Bean
	static BeanPostProcessor sessionsSavedInRequest() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof JdbcIndexedSessionRepository sessions ? new SessionsSavedInRequest<>(sessions)
						: bean;
			}
		};
	}

	/**
	 * Runs around Spring Session's filter, so that its two saves of a request share one
	 * read.
	 */
	@Bean
	FilterRegistrationBean<Filter> sessionsSavedInRequestScope() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(SessionsSavedInRequest.scope());
		registration.setName("sessionsSavedInRequest");
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> writeSessionsWhenChanged() {
		return repository -> repository.setUpdateSessionQuery(UPDATE_WHEN_CHANGED);
	}

	/**
	 * Each session statement on its own, without a transaction around it. Spring Session
	 * otherwise wraps every read and every save in a new transaction of its own, so
	 * loading the session on each request paid a begin and a commit, and the save
	 * another: a tenth of a list request's CPU (JFR under wrk). A session is no business
	 * record: should a new session's attribute rows fail after its row was written, that
	 * session merely has no login in it, and the person logs in again. Not a default
	 * candidate, so nothing else receives it (and Spring Boot's own TransactionTemplate
	 * stays).
	 */
	@Bean(name = "springSessionTransactionOperations", defaultCandidate = false)
	TransactionOperations sessionStatementsWithoutTransactions() {
		return TransactionOperations.withoutTransaction();
	}

}
