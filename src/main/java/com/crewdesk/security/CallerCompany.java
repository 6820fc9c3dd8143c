package com.crewdesk.security;

import com.crewdesk.database.CompanyOfCaller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The company whose rows the database shows to this thread: that of the logged-in person
 * or of the API key.
 */
@Component
class CallerCompany implements CompanyOfCaller {

	@Override
	public Long companyId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return null;
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof CrewdeskUser user) {
			return user.companyId();
		}
		if (principal instanceof ApiCaller api) {
			return api.companyId();
		}
		return null;
	}

}
