package com.crewdesk.web;

import com.crewdesk.security.CrewdeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@AuthenticationPrincipal CrewdeskUser user, @RequestParam(required = false) String locked,
			Model model) {
		if (user != null) {
			return "redirect:/";
		}
		if (locked != null && locked.matches("\\d{1,3}")) {
			model.addAttribute("lockedMinutes", Integer.parseInt(locked));
		}
		return "login";
	}

}
