package com.crewdesk.jobs.batch;

import com.crewdesk.company.CompanyRulesService;
import com.crewdesk.jobs.BackgroundBatch;
import com.crewdesk.jobs.BatchPlan;
import com.crewdesk.jobs.BatchPreviews;
import com.crewdesk.jobs.BatchRejectedException;
import com.crewdesk.jobs.BatchResult;
import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.JobBatchRunner;
import com.crewdesk.jobs.JobBatchService;
import com.crewdesk.jobs.JobNotFoundException;
import com.crewdesk.jobs.JobService;
import com.crewdesk.jobs.StoredJob;
import com.crewdesk.jobs.list.JobListScope;
import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobStatus;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.Rulebook;
import com.crewdesk.security.Caller;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.staff.StaffRepository;
import com.crewdesk.staff.StaffUser;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The batch edit panel of the jobs list (seed 002 editjobs): open it for a selection,
 * preview what would change, apply all-or-nothing, or — as a second, explicit step —
 * apply to the valid jobs only. Large selections run in the background with a progress
 * page. ADMIN and DISPATCHER only (also enforced in SecurityConfiguration and in
 * JobBatchService).
 */
@Controller
class BatchEditController {

	private static final int ERRORS_SHOWN = 50;

	private final JobSelection selection;

	private final BatchPreviews previews;

	private final JobBatchService batches;

	private final JobBatchRunner runner;

	private final JobService jobs;

	private final StaffRepository staff;

	private final CompanyRulesService rules;

	BatchEditController(JobSelection selection, BatchPreviews previews, JobBatchService batches, JobBatchRunner runner,
			JobService jobs, StaffRepository staff, CompanyRulesService rules) {
		this.selection = selection;
		this.previews = previews;
		this.batches = batches;
		this.runner = runner;
		this.jobs = jobs;
		this.staff = staff;
		this.rules = rules;
	}

	@PostMapping("/jobs/batch/panel")
	String panel(@AuthenticationPrincipal CrewdeskUser user, BatchEditForm form, HtmxRequest htmx, Model model) {
		JobSelection.Resolved selected = selection.resolve(JobListScope.of(user), form);
		panelModel(user, form, selected, model);
		return view(htmx, "panel");
	}

	@PostMapping("/jobs/batch/preview")
	String preview(@AuthenticationPrincipal CrewdeskUser user, BatchEditForm form, HtmxRequest htmx, Model model) {
		Prepared prepared = prepare(user, form, model);
		if (prepared != null) {
			BatchPlan plan = batches.preview(Caller.of(user), prepared.patches(), form.notifying());
			showPlan(user, plan, model);
			model.addAttribute("previewId", previews.save(Caller.of(user), plan.versions()));
		}
		return view(htmx, "panel");
	}

	@PostMapping("/jobs/batch/apply")
	String apply(@AuthenticationPrincipal CrewdeskUser user, BatchEditForm form, HtmxRequest htmx,
			HtmxResponse response, Model model, HttpServletRequest servletRequest,
			HttpServletResponse servletResponse) {
		Prepared prepared = prepare(user, form, model);
		if (prepared == null) {
			return view(htmx, "panel");
		}
		Caller caller = Caller.of(user);
		Map<UUID, Patch> patches = prepared.patches();
		Map<UUID, Long> previewed = form.previewId().flatMap(id -> previews.find(caller, id)).orElse(Map.of());
		if (form.onlyValidJobs()) {
			BatchPlan plan = batches.check(caller, patches, form.notifying(), previewed);
			patches = new LinkedHashMap<>(patches);
			patches.keySet().removeIf(id -> plan.errors().containsKey(id.toString()));
		}
		if (JobBatchService.runsInBackground(patches.size(), false)) {
			UUID id = runner.submit(caller, patches, form.notifying(), Channel.BATCH, previewed);
			if (!htmx.isHtmxRequest()) {
				return "redirect:/jobs/batches/" + id;
			}
			// HX-Redirect set by hand: the library's "redirect:htmx:" view prefix loses
			// to Thymeleaf's resolver.
			String page = servletRequest.getContextPath() + "/jobs/batches/" + id;
			servletResponse.setHeader("HX-Redirect", page);
			model.addAttribute("batchPage", page);
			return "jobs/batch :: started";
		}
		try {
			BatchResult result = batches.apply(caller, patches, form.notifying(), Channel.BATCH, previewed);
			String message = summary(user, form, result.changed().size());
			model.addAttribute("message", message);
			model.addAttribute("result", result);
			response.addTrigger("jobs-batch-applied",
					Map.of("message", message, "ids", result.changed().stream().map(UUID::toString).toList()));
			return view(htmx, "applied");
		}
		catch (BatchRejectedException ex) {
			showPlan(user, batches.check(caller, patches, form.notifying(), previewed), model);
			form.previewId().ifPresent(id -> model.addAttribute("previewId", id));
			model.addAttribute("refused", ex.errors().size() + " job(s) cannot be changed, so nothing was written.");
			return view(htmx, "panel");
		}
	}

	@GetMapping("/jobs/batches/{id}")
	String progressPage(@AuthenticationPrincipal CrewdeskUser user, @PathVariable String id, Model model) {
		progressModel(user, id, model);
		return "jobs/batch-progress";
	}

	@GetMapping("/jobs/batches/{id}/progress")
	String progress(@AuthenticationPrincipal CrewdeskUser user, @PathVariable String id, Model model) {
		progressModel(user, id, model);
		return "jobs/batch-progress :: progress";
	}

	private void progressModel(CrewdeskUser user, String id, Model model) {
		UUID batchId;
		try {
			batchId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new JobNotFoundException(id);
		}
		BackgroundBatch batch = runner.find(user.companyId(), batchId).orElseThrow(() -> new JobNotFoundException(id));
		model.addAttribute("batch", batch);
		model.addAttribute("changedJobs",
				batch.finished() ? runner.changedJobs(user.companyId(), batchId, 200) : List.of());
	}

	/**
	 * The selection and its patches, or null when the form itself is not usable (message
	 * in the model).
	 */
	private Prepared prepare(CrewdeskUser user, BatchEditForm form, Model model) {
		JobSelection.Resolved selected = selection.resolve(JobListScope.of(user), form);
		panelModel(user, form, selected, model);
		String problem = selected.problem() != null ? selected.problem() : BatchPatches.nothingChosen(form);
		if (problem != null) {
			model.addAttribute("problem", problem);
			return null;
		}
		Map<UUID, StoredJob> current = BatchPatches.needsCurrentValues(form)
				? jobs.getAll(Caller.of(user), selected.ids())
					.stream()
					.collect(Collectors.toMap(StoredJob::uuid, Function.identity()))
				: Map.of();
		return new Prepared(BatchPatches.build(form, selected.ids(), current));
	}

	private record Prepared(Map<UUID, Patch> patches) {
	}

	private void panelModel(CrewdeskUser user, BatchEditForm form, JobSelection.Resolved selected, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("selectedCount", selected.ids().size());
		model.addAttribute("selectionProblem", selected.problem());
		model.addAttribute("technicians",
				staff.findByCompany(user.companyId())
					.stream()
					.filter(s -> s.active() && Rulebook.takesJobsInTheField(s.role()))
					.toList());
		model.addAttribute("statuses", JobStatus.values());
		model.addAttribute("priorities", JobPriority.values());
		model.addAttribute("customFields", rules.rulesFor(user.companyId()).customFields());
		model.addAttribute("background", JobBatchService.runsInBackground(selected.ids().size(), false));
	}

	private void showPlan(CrewdeskUser user, BatchPlan plan, Model model) {
		model.addAttribute("plan", plan);
		List<UUID> failing = plan.errors().keySet().stream().limit(ERRORS_SHOWN).map(UUID::fromString).toList();
		Map<String, String> numbers = jobs.getAll(Caller.of(user), failing)
			.stream()
			.collect(Collectors.toMap(job -> job.uuid().toString(), StoredJob::jobNumber));
		model.addAttribute("errorRows",
				plan.errors()
					.entrySet()
					.stream()
					.limit(ERRORS_SHOWN)
					.map(e -> new ErrorRow(numbers.getOrDefault(e.getKey(), "Unknown job"),
							e.getValue()
								.entrySet()
								.stream()
								.map(field -> field.getKey() + ": " + String.join("; ", field.getValue()))
								.collect(Collectors.joining(" · "))))
					.toList());
	}

	/** One job the batch cannot change, as the preview lists it. */
	record ErrorRow(String jobNumber, String reasons) {
	}

	/**
	 * "48 jobs assigned to Dana Cruz", "12 jobs set to Scheduled", or "30 jobs updated".
	 */
	private String summary(CrewdeskUser user, BatchEditForm form, int count) {
		String jobsText = count + (count == 1 ? " job" : " jobs");
		String assignee = BatchEditForm.text(form.assignTo());
		boolean onlyAssign = assignee != null && BatchEditForm.text(form.status()) == null
				&& BatchEditForm.text(form.priority()) == null && BatchEditForm.text(form.scheduledDate()) == null
				&& BatchPatches.shift(form) == 0 && BatchEditForm.text(form.customFieldKey()) == null;
		if (onlyAssign) {
			String name = staff.findByCompany(user.companyId())
				.stream()
				.filter(s -> s.id().toString().equals(assignee))
				.map(StaffUser::displayName)
				.findFirst()
				.orElse("the technician");
			return jobsText + " assigned to " + name;
		}
		if ("true".equals(form.unassign())) {
			return jobsText + " unassigned";
		}
		if (BatchEditForm.text(form.status()) != null && BatchEditForm.text(form.priority()) == null
				&& assignee == null) {
			return jobsText + " set to " + form.status().trim();
		}
		return jobsText + " updated";
	}

	private static String view(HtmxRequest htmx, String fragment) {
		return htmx.isHtmxRequest() ? "jobs/batch :: " + fragment : "jobs/batch-page";
	}

}
