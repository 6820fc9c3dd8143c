package com.crewdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt for a locked-out e-mail, or from an address that failed too
 * often, before the password is looked at: back to the login page with "Too many
 * attempts, try again in N minutes".
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> wait = throttle.refusal(request.getParameter("email"), request.getRemoteAddr());
		if (wait.isPresent()) {
			response.sendRedirect(LoginFailures.lockedUrl(request, wait.get()));
			return;
		}
		chain.doFilter(request, response);
	}

}
