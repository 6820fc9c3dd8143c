package com.crewdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Counts a failed login and goes back to the login page: "Wrong e-mail or password", or
 * the lockout it caused.
 */
final class LoginFailures implements AuthenticationFailureHandler {

	private final LoginThrottle throttle;

	LoginFailures(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String target = throttle.failed(request.getParameter("email"), request.getRemoteAddr())
			.map(lockout -> lockedUrl(request, lockout))
			.orElseGet(() -> "/login?error" + continued(request));
		response.sendRedirect(target);
	}

	static String lockedUrl(HttpServletRequest request, Duration wait) {
		long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
		return "/login?locked=" + minutes + continued(request);
	}

	private static String continued(HttpServletRequest request) {
		return SessionEndedHandler.localPath(request.getParameter("continue"))
			.map(page -> "&continue=" + URLEncoder.encode(page, StandardCharsets.UTF_8))
			.orElse("");
	}

}
