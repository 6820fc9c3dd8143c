package com.crewdesk.dashboard;

import com.crewdesk.security.CrewdeskUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

	private final DashboardQueries queries;

	DashboardController(DashboardQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal CrewdeskUser user, Model model) {
		List<StatusCount> counts = queries.countsByStatus(user.companyId(), user.caller().jobsLimitedTo());
		model.addAttribute("counts", counts);
		model.addAttribute("total", counts.stream().mapToLong(StatusCount::count).sum());
		return "dashboard";
	}

}
