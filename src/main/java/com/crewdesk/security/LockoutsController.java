package com.crewdesk.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's list of current login lockouts of their staff, with "Lift". */
@Controller
class LockoutsController {

	private final LoginThrottle throttle;

	LockoutsController(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@GetMapping("/admin/lockouts")
	String list(@AuthenticationPrincipal CrewdeskUser user, Model model) {
		model.addAttribute("lockouts", throttle.currentLockouts(user));
		return "admin/lockouts";
	}

	@PostMapping("/admin/lockouts/{id}/lift")
	String lift(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id, RedirectAttributes flash) {
		throttle.lift(user, id);
		flash.addFlashAttribute("lifted", true);
		return "redirect:/admin/lockouts";
	}

}
