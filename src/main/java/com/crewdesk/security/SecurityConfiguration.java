package com.crewdesk.security;

import com.crewdesk.apikeys.ApiKeyService;
import com.crewdesk.patch.Rulebook;
import com.crewdesk.staff.StaffStore;
import com.crewdesk.web.ProblemWriter;
import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Pages load only our own scripts and styles: no inline script, no inline style, no
	 * CDN.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The JSON API: stateless, authenticated by API key, answers problem+json. */
	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiKeyService keys, ProblemWriter problems) throws Exception {
		return http.securityMatcher("/api/**")
			// Read-only keys may only read; writes need a read-write key.
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET)
				.hasRole("API")
				.requestMatchers(HttpMethod.HEAD)
				.hasRole("API")
				.anyRequest()
				.hasAuthority(ApiKeyAuthentication.WRITE))
			// The API never reads, creates or renews a session, even when a portal
			// SESSION cookie comes along.
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation(fixation -> fixation.none()))
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, bearerChallenge(request));
				problems.write(request, response, HttpStatus.UNAUTHORIZED,
						"A valid API key is required (Authorization: Bearer <key>)");
			})
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						"This API key is read-only: it may only read (GET)")))
			.build();
	}

	/**
	 * RFC 6750: a request that sent a key we do not accept learns that the token is
	 * invalid.
	 */
	private static String bearerChallenge(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		boolean sentBearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
		return sentBearer ? "Bearer realm=\"crewdesk\", error=\"invalid_token\"" : "Bearer realm=\"crewdesk\"";
	}

	/**
	 * The portal: form login, session, CSRF on every state-changing request (htmx ones
	 * too). A session ends after {@code spring.session.timeout} idle (30 minutes) or
	 * {@code crewdesk.session.max-age} in all (12 hours); a write sent after that is
	 * answered like a page load without a session, with a message (SessionEndedHandler).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, LoginThrottle throttle, StaffStore staff,
			@Value("${crewdesk.session.max-age:12h}") Duration sessionMaxAge) throws Exception {
		return http
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/assets/**", "/webjars/**", "/error", "/favicon.ico")
				.permitAll()
				.requestMatchers("/admin/**")
				.access(RulebookAuthorization.allows(Rulebook::administersCompany))
				.requestMatchers("/customers/new", "/customers/validate", "/customers/*/edit", "/customers/*/validate",
						"/customers/*/delete", "/customers/*/restore", "/customers/*/locations/**")
				.access(RulebookAuthorization.allows(Rulebook::managesCustomers))
				.requestMatchers("/customers")
				.access(RulebookAuthorization.allows(Rulebook::browsesCustomers))
				.requestMatchers("/import", "/import/**")
				.access(RulebookAuthorization.allows(Rulebook::importsData))
				.requestMatchers("/board", "/board/**")
				.access(RulebookAuthorization.allows(Rulebook::seesBoard))
				.requestMatchers("/jobs/batch/**", "/jobs/batches/**")
				.access(RulebookAuthorization.allows(Rulebook::managesJobs))
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler(new ContinueAfterLogin(throttle, staff))
				.failureHandler(new LoginFailures(throttle))
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			// A temporary password is replaced before anything else.
			.addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.addFilterBefore(new SessionLifetime(sessionMaxAge), CsrfFilter.class)
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			// An htmx request with an expired session reloads the whole page (and so
			// lands on /login)
			// instead of swapping the login form into a table cell; a write gets
			// SessionEndedHandler's answer.
			.exceptionHandling(errors -> errors.accessDeniedHandler(new SessionEndedHandler())
				.defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
						new RequestHeaderRequestMatcher("HX-Request"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE))
			.build();
	}

	/**
	 * No observation per security filter: with the actuator's registry present, each of
	 * the chain's filters was wrapped in one, on every request (a tenth of a one-row list
	 * fragment's CPU, JFR). Requests are still observed as a whole
	 * (http.server.requests).
	 */
	@Bean
	SecurityObservationSettings noSecurityFilterObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
