package com.crewdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a portal session that has lived longer than {@code crewdesk.session.max-age} (12
 * hours by default), however active it was; idle sessions end after
 * {@code spring.session.timeout} (30 minutes) on their own. The request then goes on
 * without a login, so it is answered as any request after the session ended.
 */
final class SessionLifetime extends OncePerRequestFilter {

	private final Duration maxAge;

	SessionLifetime(Duration maxAge) {
		this.maxAge = maxAge;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && System.currentTimeMillis() - session.getCreationTime() > maxAge.toMillis()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}

}
