package com.crewdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Your sessions": where the user is logged in, and "log out everywhere else". */
@Controller
class SessionsController {

	private final UserSessions sessions;

	SessionsController(UserSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/account/sessions")
	String list(@AuthenticationPrincipal CrewdeskUser user, HttpServletRequest request, Model model) {
		model.addAttribute("sessions", sessions.of(user, request.getSession().getId()));
		return "account/sessions";
	}

	@PostMapping("/account/sessions/end-others")
	String endOthers(@AuthenticationPrincipal CrewdeskUser user, HttpServletRequest request, RedirectAttributes flash) {
		int ended = sessions.endAllBut(user, request.getSession().getId());
		flash.addFlashAttribute("ended", ended);
		return "redirect:/account/sessions";
	}

}
