package com.crewdesk.jobs.detail;

import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.JobHistoryQueries;
import com.crewdesk.jobs.JobService;
import com.crewdesk.jobs.StoredJob;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.Violations;
import com.crewdesk.security.Caller;
import com.crewdesk.security.CrewdeskUser;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A job's page: its fields, checklist and history; ticking steps, soft delete and
 * restore.
 */
@Controller
class JobDetailController {

	private final JobService jobs;

	private final JobDetailModel detail;

	JobDetailController(JobService jobs, JobDetailModel detail) {
		this.jobs = jobs;
		this.detail = detail;
	}

	@GetMapping("/jobs/{number}")
	String show(@AuthenticationPrincipal CrewdeskUser user, @PathVariable String number,
			@RequestParam(name = "history", defaultValue = "1") int historyPage,
			@RequestParam(name = "history_field", required = false) String field,
			@RequestParam(name = "history_channel", required = false) String channel, Model model) {
		StoredJob job = jobs.getByNumber(Caller.of(user), number);
		model.addAttribute("historyFilter", JobDetailModel.historyFilter(field, channel));
		return detail.fill(user, model, job, historyPage, null, Violations.builder().build());
	}

	/**
	 * A page of the history timeline: the next one appended by htmx ("Load more"), or the
	 * first one of a new filter, whose page URL is pushed.
	 */
	@GetMapping("/jobs/{number}/history")
	String history(@AuthenticationPrincipal CrewdeskUser user, @PathVariable String number,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "history_field", required = false) String field,
			@RequestParam(name = "history_channel", required = false) String channel, Model model, HtmxResponse htmx) {
		StoredJob job = jobs.getByNumber(Caller.of(user), number);
		JobHistoryQueries.HistoryFilter filter = JobDetailModel.historyFilter(field, channel);
		model.addAttribute("job", job);
		model.addAttribute("historyFilter", filter);
		model.addAttribute("history", detail.historyPage(user, job, filter, page));
		if (page <= 1) {
			htmx.setPushUrl(JobDetailModel.pageUrl(job, filter));
		}
		return "jobs/detail :: history-entries";
	}

	/** Ticks or unticks one checklist step; the engine stamps who and when. */
	@PostMapping("/jobs/{number}/checklist")
	String tick(@AuthenticationPrincipal CrewdeskUser user, @PathVariable String number, @RequestParam String step,
			@RequestParam boolean done, RedirectAttributes redirect) {
		Caller caller = Caller.of(user);
		StoredJob job = jobs.getByNumber(caller, number);
		Map<String, Object> milestones = new HashMap<>();
		milestones.put(step, done ? Boolean.TRUE : null);
		jobs.update(caller, job.uuid(), Patch.of(Map.of("milestones", milestones)), null, Channel.UI);
		redirect.addFlashAttribute("toast", done ? "Step marked done." : "Step marked not done.");
		return "redirect:/jobs/" + job.jobNumber() + "#checklist";
	}

	@PostMapping("/jobs/{number}/delete")
	String delete(@AuthenticationPrincipal CrewdeskUser user, @PathVariable String number,
			RedirectAttributes redirect) {
		Caller caller = Caller.of(user);
		StoredJob job = jobs.softDelete(caller, jobs.getByNumber(caller, number).uuid(), null);
		redirect.addFlashAttribute("toast", job.jobNumber() + " deleted. You can restore it from this page.");
		return "redirect:/jobs/" + job.jobNumber();
	}

	@PostMapping("/jobs/{number}/restore")
	String restore(@AuthenticationPrincipal CrewdeskUser user, @PathVariable String number,
			RedirectAttributes redirect) {
		Caller caller = Caller.of(user);
		StoredJob job = jobs.restore(caller, jobs.getByNumber(caller, number).uuid());
		redirect.addFlashAttribute("toast", job.jobNumber() + " restored.");
		return "redirect:/jobs/" + job.jobNumber();
	}

}
