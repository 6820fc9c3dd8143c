package com.crewdesk.jobs.form;

import com.crewdesk.customers.list.CustomerFilter;
import com.crewdesk.customers.list.CustomerListQuery;
import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.EditOutcome;
import com.crewdesk.jobs.JobEdit;
import com.crewdesk.jobs.JobEdits;
import com.crewdesk.jobs.JobService;
import com.crewdesk.jobs.PatchRejectedException;
import com.crewdesk.jobs.StoredJob;
import com.crewdesk.jobs.web.JobFormFields;
import com.crewdesk.patch.FieldAccess;
import com.crewdesk.patch.Violations;
import com.crewdesk.security.Caller;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.web.ViolationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The job create and edit forms. Translates form posts into patches for
 * {@link JobService} and its answers back into pages; which change is allowed is decided
 * by the engine alone.
 */
@Controller
class JobFormController {

	private final JobService jobs;

	private final JobEdits edits;

	private final JobFormPages pages;

	private final CustomerListQuery customers;

	JobFormController(JobService jobs, JobEdits edits, JobFormPages pages, CustomerListQuery customers) {
		this.jobs = jobs;
		this.edits = edits;
		this.pages = pages;
		this.customers = customers;
	}

	@GetMapping("/jobs/new")
	String newJob(@AuthenticationPrincipal CrewdeskUser user, @RequestParam(required = false) UUID customer,
			Model model, HttpServletResponse response) {
		if (!user.caller().managesJobs()) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return "error/403";
		}
		Map<String, String> values = pages.createDefaults(user, customer);
		return pages.createForm(user, model, values, Violations.builder().build());
	}

	@PostMapping("/jobs/new")
	String create(@AuthenticationPrincipal CrewdeskUser user, @RequestParam MultiValueMap<String, String> params,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> posted = JobFormFields.fromPost(params, "");
		try {
			StoredJob job = jobs.create(Caller.of(user), pages.mapping(user).forCreate(posted), Channel.UI);
			redirect.addFlashAttribute("toast", job.jobNumber() + " created.");
			return "redirect:/jobs/" + job.jobNumber();
		}
		catch (PatchRejectedException ex) {
			response.setStatus(ViolationStatus.of(ex.violations()).value());
			return pages.createForm(user, model, posted, ex.violations());
		}
	}

	@GetMapping("/jobs/{number}/edit")
	String edit(@AuthenticationPrincipal CrewdeskUser user, @PathVariable String number, Model model,
			HttpServletResponse response) {
		Caller caller = Caller.of(user);
		StoredJob job = jobs.getByNumber(caller, number);
		FieldAccess access = jobs.changeableFields(caller, job);
		if (access.partial()) {
			return "redirect:/jobs/" + job.jobNumber() + "#update";
		}
		if (access.none()) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return "error/403";
		}
		if (job.isDeleted()) {
			return "redirect:/jobs/" + job.jobNumber();
		}
		Map<String, String> values = JobFormFields.fromJob(job.values());
		return pages.editForm(user, model, job, values, values, job.version(), Violations.builder().build(), List.of());
	}

	/**
	 * Writes only what the user changed. When someone else changed one of those fields
	 * meanwhile, the service writes nothing and names the fields: the form comes back
	 * with both values of each until the user chooses, and saving again without a choice
	 * asks again.
	 */
	@PostMapping("/jobs/{number}/edit")
	String update(@AuthenticationPrincipal CrewdeskUser user, @PathVariable String number,
			@RequestParam MultiValueMap<String, String> params, @RequestParam long version,
			@RequestParam(name = "decided_version", required = false) Long decidedVersion, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = Caller.of(user);
		JobFormMapping mapping = pages.mapping(user);
		Map<String, String> original = JobFormFields.fromPost(params, "orig.");
		Map<String, String> posted = JobFormFields.fromPost(params, "");
		StoredJob job = jobs.getByNumber(caller, number);
		JobEdit edit = mapping.edit(version, posted, original, JobFormFields.fromPost(params, "resolve."),
				decidedVersion);
		try {
			EditOutcome outcome = edits.save(caller, job.uuid(), edit, Channel.UI);
			if (outcome instanceof EditOutcome.Conflicted conflicted) {
				response.setStatus(ViolationStatus.staleForPeople().value());
				return pages.conflict(user, model, conflicted.job(), version, posted, original, conflicted.fields(),
						decidedVersion != null);
			}
			String saved = outcome.job().jobNumber();
			redirect.addFlashAttribute("toast",
					outcome instanceof EditOutcome.Saved ? saved + " saved." : "No changes to save.");
			return "redirect:/jobs/" + saved;
		}
		catch (PatchRejectedException ex) {
			response.setStatus(ViolationStatus.of(ex.violations()).value());
			return pages.rejectedEdit(user, model, jobs.getByNumber(caller, number), posted, original, version,
					ex.violations());
		}
	}

	/**
	 * Checks the whole form without saving and answers the message(s) of the field the
	 * user just left.
	 */
	@PostMapping({ "/jobs/validate", "/jobs/{number}/validate" })
	String validate(@AuthenticationPrincipal CrewdeskUser user, @PathVariable(required = false) String number,
			@RequestParam MultiValueMap<String, String> params,
			@RequestHeader(name = "HX-Trigger-Name", required = false) String field, Model model) {
		Caller caller = Caller.of(user);
		JobFormMapping mapping = pages.mapping(user);
		Map<String, String> posted = JobFormFields.fromPost(params, "");
		Violations violations;
		if (number == null) {
			violations = jobs.check(caller, null, mapping.forCreate(posted));
		}
		else {
			StoredJob current = jobs.getByNumber(caller, number);
			violations = edits.check(caller, current.uuid(),
					mapping.edit(current.version(), posted, JobFormFields.fromPost(params, "orig."), Map.of(), null));
		}
		Map<String, List<String>> errors = new LinkedHashMap<>(violations.byField());
		model.addAttribute("errors", errors);
		model.addAttribute("field", field == null ? "" : field);
		return "jobs/field-error";
	}

	@GetMapping("/jobs/form/customer-options")
	String customerOptions(@AuthenticationPrincipal CrewdeskUser user,
			@RequestParam(name = "customer_q", defaultValue = "") String text, Model model) {
		model.addAttribute("choices",
				text.isBlank() ? List.of() : customers.first(user.companyId(), CustomerFilter.mayGetJobs(text, 10)));
		model.addAttribute("searched", !text.isBlank());
		return "jobs/customer-options :: options";
	}

}
