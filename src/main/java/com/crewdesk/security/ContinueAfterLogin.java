package com.crewdesk.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After logging in, go back to the page named by the login form's {@code continue} field (set when a session
 * ended under a write), else to the page that asked for the login, else home. Only local paths are followed.
 */
final class ContinueAfterLogin extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LoginThrottle throttle;

	ContinueAfterLogin(LoginThrottle throttle) {
		this.throttle = throttle;
		setDefaultTargetUrl("/");
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
		return SessionEndedHandler.localPath(request.getParameter("continue"))
			.orElseGet(() -> super.determineTargetUrl(request, response));
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		throttle.succeeded(authentication.getName());
		if (SessionEndedHandler.localPath(request.getParameter("continue")).isPresent()) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, determineTargetUrl(request, response));
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
