package com.crewdesk.dashboard;

import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.web.ServerTiming;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

	private final DashboardReport report;

	DashboardController(DashboardReport report) {
		this.report = report;
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal CrewdeskUser user, Model model, HttpServletResponse response) {
		model.addAttribute("dashboard", ServerTiming.measure(response, "db", () -> report.of(user.caller())));
		return "dashboard";
	}

}
