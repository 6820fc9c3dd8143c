package com.crewdesk.jobs.web;

import com.crewdesk.jobs.JobStatus;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.staff.Role;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The jobs table, read-only for now: newest activity first, optionally one status. */
@Controller
class JobListController {

	private final JobListQueries queries;

	JobListController(JobListQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/jobs")
	String list(@AuthenticationPrincipal CrewdeskUser user, @RequestParam(required = false) String status,
			Model model) {
		JobStatus filter = status == null || status.isBlank() ? null : JobStatus.fromLabel(status).orElse(null);
		List<JobListRow> rows = queries.firstPage(user.companyId(),
				user.hasRole(Role.TECHNICIAN) ? user.staffId() : null, filter, 50);
		model.addAttribute("rows", rows);
		model.addAttribute("status", filter == null ? null : filter.label());
		model.addAttribute("unknownStatus", filter == null && status != null && !status.isBlank());
		return "jobs/list";
	}
}
