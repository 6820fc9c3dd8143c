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

	private final JobRowsHtml rowsHtml;

	public JobRowModel(JobService jobs, StaffRepository staff, JobRowsHtml rowsHtml) {
		this.jobs = jobs;
		this.staff = staff;
		this.rowsHtml = rowsHtml;
	}

	public InlineEditing editing(CrewdeskUser user) {
		Caller caller = user.caller();
		return InlineEditing.of(jobs.changeableFieldsOnVisibleJobs(caller), caller.managesJobs());
	}

	public void addTo(Model model, CrewdeskUser user, JobListRow row) {
		model.addAttribute("row", row);
		addRows(model, editing(user));
	}

	/**
	 * What a template needs to write job rows: the controls they offer and the writer.
	 */
	public void addRows(Model model, InlineEditing inline) {
		model.addAttribute("inline", inline);
		model.addAttribute("jobRows", rowsHtml);
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
