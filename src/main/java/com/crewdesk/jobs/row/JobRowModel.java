package com.crewdesk.jobs.row;

import com.crewdesk.jobs.JobService;
import com.crewdesk.jobs.list.JobListRow;
import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobStatus;
import com.crewdesk.security.Caller;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.staff.StaffRepository;
import com.crewdesk.staff.StaffUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the row fragment needs besides the row: which controls to offer, and the choices
 * of an open control.
 */
@Component
public class JobRowModel {

	private final JobService jobs;

	private final StaffRepository staff;

	public JobRowModel(JobService jobs, StaffRepository staff) {
		this.jobs = jobs;
		this.staff = staff;
	}

	public InlineEditing editing(CrewdeskUser user) {
		Caller caller = user.caller();
		return InlineEditing.of(jobs.changeableFieldsOnVisibleJobs(caller), caller.managesJobs());
	}

	public void addTo(Model model, CrewdeskUser user, JobListRow row) {
		model.addAttribute("row", row);
		model.addAttribute("inline", editing(user));
	}

	public void addChoices(Model model, CrewdeskUser user, InlineCell cell) {
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
