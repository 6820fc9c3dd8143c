package com.crewdesk.apidocs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API documentation is public (it holds no data) and read-only. Its UI (Swagger UI,
 * served from the springdoc jar, no CDN) sets inline styles from its scripts, so these
 * paths alone allow inline styles; scripts stay limited to our own origin as everywhere
 * else.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurityConfiguration {

	static final String[] PATHS = { "/api/docs", "/api/docs/**", "/api/v1/openapi.json", "/api/v1/openapi.json/**",
			"/api/swagger-ui/**" };

	static final String DOCS_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(-1)
	SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
		return http.securityMatcher(PATHS)
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.headers(
					headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_CONTENT_SECURITY_POLICY)))
			.build();
	}

}
