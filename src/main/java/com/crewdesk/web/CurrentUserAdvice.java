package com.crewdesk.web;

import com.crewdesk.security.CrewdeskUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Makes the logged-in staff member available to every page as {@code currentUser}, and
 * what the navigation offers them as {@code nav} (both null when anonymous).
 */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	CrewdeskUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CrewdeskUser user ? user : null;
	}

	/** The navigation the logged-in person gets (null when anonymous). */
	@ModelAttribute("nav")
	Navigation navigation() {
		CrewdeskUser user = currentUser();
		return user == null ? null : Navigation.of(user.actor());
	}

}
