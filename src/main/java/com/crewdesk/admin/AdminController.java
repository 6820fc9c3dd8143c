package com.crewdesk.admin;

import com.crewdesk.apikeys.ApiKeyRepository;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.staff.StaffRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Admins' overview of their company's staff and API keys (ADMIN only, enforced in SecurityConfiguration). */
@Controller
class AdminController {

	private final StaffRepository staff;
	private final ApiKeyRepository keys;

	AdminController(StaffRepository staff, ApiKeyRepository keys) {
		this.staff = staff;
		this.keys = keys;
	}

	@GetMapping("/admin")
	String overview(@AuthenticationPrincipal CrewdeskUser user, Model model) {
		model.addAttribute("staff", staff.findByCompany(user.companyId()));
		model.addAttribute("keys", keys.findByCompany(user.companyId()));
		return "admin/overview";
	}
}
