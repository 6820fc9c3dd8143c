package com.crewdesk.web;

import com.crewdesk.security.CrewdeskUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Makes the logged-in staff member available to every page as {@code currentUser} (null when anonymous). */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	CrewdeskUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CrewdeskUser user ? user : null;
	}
}
