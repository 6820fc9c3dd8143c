package com.crewdesk.security;

import com.crewdesk.staff.StaffStore;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After logging in: the login is stamped and the throttle forgets the failures; a person
 * with a temporary password sets their own first; otherwise go back to the page named by
 * the login form's {@code continue} field (set when a session ended under a write), else
 * to the page that asked for the login, else home. Only local paths are followed.
 */
final class ContinueAfterLogin extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LoginThrottle throttle;

	private final StaffStore staff;

	ContinueAfterLogin(LoginThrottle throttle, StaffStore staff) {
		this.throttle = throttle;
		this.staff = staff;
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
		if (authentication.getPrincipal() instanceof CrewdeskUser user && staff.loggedIn(user.staffId())) {
			// A temporary password is replaced before anything else.
			PasswordChangeGate.require(request);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, PasswordChangeGate.PAGE);
			return;
		}
		if (SessionEndedHandler.localPath(request.getParameter("continue")).isPresent()) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, determineTargetUrl(request, response));
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
