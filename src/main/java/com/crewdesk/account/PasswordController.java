package com.crewdesk.account;

import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.security.PasswordChangeGate;
import com.crewdesk.staff.PasswordService;
import com.crewdesk.staff.StaffChangeRejected;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user's "Change password" page; also where a temporary password is replaced at
 * first login.
 */
@Controller
class PasswordController {

	private final PasswordService passwords;

	PasswordController(PasswordService passwords) {
		this.passwords = passwords;
	}

	@GetMapping(PasswordChangeGate.PAGE)
	String page(HttpServletRequest request, Model model) {
		return page(request, model, Map.of());
	}

	@PostMapping(PasswordChangeGate.PAGE)
	String change(@AuthenticationPrincipal CrewdeskUser user, @RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			passwords.change(user.acting(), user.email(), request.getSession().getId(), current, password, confirm);
		}
		catch (StaffChangeRejected ex) {
			return page(request, model, Map.of(ex.field(), ex.getMessage()));
		}
		PasswordChangeGate.passwordChanged(request);
		redirect.addFlashAttribute("toast", "Your password was changed. Your other sessions were logged out.");
		return "redirect:/";
	}

	private static String page(HttpServletRequest request, Model model, Map<String, String> errors) {
		model.addAttribute("errors", errors);
		model.addAttribute("firstLogin", request.getSession().getAttribute(PasswordChangeGate.ATTRIBUTE) != null);
		return "account/password";
	}

}
