package com.crewdesk.web;

import com.crewdesk.company.CompanyNames;
import com.crewdesk.security.CrewdeskUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * Makes the logged-in staff member available to every page as {@code currentUser}, and
 * what the navigation offers them as {@code nav} (both null when anonymous).
 */
@ControllerAdvice
class CurrentUserAdvice {

	private final CompanyNames companyNames;

	CurrentUserAdvice(CompanyNames companyNames) {
		this.companyNames = companyNames;
	}

	@ModelAttribute("currentUser")
	CrewdeskUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CrewdeskUser user ? user : null;
	}

	/**
	 * The company's name as it is now; read only when a page shows it (fragments don't),
	 * so it costs nothing on htmx requests.
	 */
	@ModelAttribute("companyName")
	LazyContextVariable<String> companyName() {
		CrewdeskUser user = currentUser();
		return new LazyContextVariable<>() {
			@Override
			protected String loadValue() {
				return user == null ? null : companyNames.nameOf(user.companyId());
			}
		};
	}

	/** The navigation the logged-in person gets (null when anonymous). */
	@ModelAttribute("nav")
	Navigation navigation() {
		CrewdeskUser user = currentUser();
		return user == null ? null : Navigation.of(user.actor());
	}

}
