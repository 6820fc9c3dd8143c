package com.crewdesk.ops;

import com.crewdesk.patch.Rulebook;
import com.crewdesk.security.RulebookAuthorization;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The actuator endpoints: health (and its liveness/readiness groups) is open and shows
 * details only to admins; metrics need an ADMIN session, or arrive on the management port
 * when one is configured ({@code management.server.port}, bound to an internal address
 * with {@code management.server.address}).
 */
@Configuration(proxyBeanMethods = false)
class OpsSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain actuatorChain(HttpSecurity http, @Value("${management.server.port:-1}") int managementPort)
			throws Exception {
		RequestMatcher onManagementPort = request -> onPort(request, managementPort);
		return http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers(onManagementPort)
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.access(RulebookAuthorization.allows(Rulebook::administersCompany))
				.anyRequest()
				.denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.exceptionHandling(
					errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.build();
	}

	private static boolean onPort(HttpServletRequest request, int managementPort) {
		return managementPort > 0 && request.getLocalPort() == managementPort;
	}

}
