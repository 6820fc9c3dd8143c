package com.crewdesk.web;

import com.crewdesk.security.CrewdeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@AuthenticationPrincipal CrewdeskUser user) {
		return user != null ? "redirect:/" : "login";
	}
}
