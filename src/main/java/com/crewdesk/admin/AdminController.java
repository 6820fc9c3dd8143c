package com.crewdesk.admin;

import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.staff.StaffService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administration start page: links to staff, API keys, company settings and the audit
 * log.
 */
@Controller
class AdminController {

	@GetMapping("/admin")
	String overview(@AuthenticationPrincipal CrewdeskUser user) {
		StaffService.requireAdmin(user.acting());
		return "admin/overview";
	}

}
