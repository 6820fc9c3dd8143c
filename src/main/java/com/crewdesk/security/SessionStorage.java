package com.crewdesk.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL. Parallel requests of one session (several tabs, htmx
 * requests right after the login) may each add the same new attribute, such as the CSRF
 * token; the standard INSERT then fails with a duplicate key and the request with a 500.
 * PostgreSQL's upsert (Spring Session's own customizer) makes the last write win instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
