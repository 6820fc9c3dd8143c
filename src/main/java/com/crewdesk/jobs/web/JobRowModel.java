package com.crewdesk.jobs.web;

import com.crewdesk.company.CompanyRepository;
import com.crewdesk.company.Company;
import com.crewdesk.jobs.JobPriority;
import com.crewdesk.jobs.JobStatus;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.staff.Role;
import com.crewdesk.staff.StaffRepository;
import com.crewdesk.staff.StaffUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the row fragment needs besides the row: which controls to offer, and the choices of an open control. */
@Component
class JobRowModel {

	private final CompanyRepository companies;
	private final StaffRepository staff;

	JobRowModel(CompanyRepository companies, StaffRepository staff) {
		this.companies = companies;
		this.staff = staff;
	}

	InlineEditing editing(CrewdeskUser user) {
		boolean workersEditJob = user.hasRole(Role.TECHNICIAN)
				&& companies.findById(user.companyId()).map(Company::workersEditJob).orElse(false);
		return InlineEditing.of(user, workersEditJob);
	}

	void addTo(Model model, CrewdeskUser user, JobListRow row) {
		model.addAttribute("row", row);
		model.addAttribute("inline", editing(user));
	}

	void addChoices(Model model, CrewdeskUser user, InlineCell cell) {
		switch (cell) {
			case STATUS -> model.addAttribute("statuses", JobStatus.values());
			case PRIORITY -> model.addAttribute("priorities", JobPriority.values());
			case ASSIGNEE -> model.addAttribute("staff",
					staff.findByCompany(user.companyId()).stream().filter(StaffUser::active).toList());
			case SCHEDULED -> {
			}
		}
	}
}
