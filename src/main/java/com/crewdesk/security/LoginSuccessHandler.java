package com.crewdesk.security;

import com.crewdesk.staff.StaffStore;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Stamps the login time, and sends a person with a temporary password to set their own first. */
final class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final StaffStore staff;

	LoginSuccessHandler(StaffStore staff) {
		this.staff = staff;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof CrewdeskUser user && staff.loggedIn(user.staffId())) {
			PasswordChangeGate.require(request);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, PasswordChangeGate.PAGE);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
