package com.crewdesk.jobs.detail;

import com.crewdesk.company.ChecklistStep;
import com.crewdesk.customers.list.CustomerListQuery;
import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.JobHistoryQueries;
import com.crewdesk.jobs.JobService;
import com.crewdesk.jobs.StoredJob;
import com.crewdesk.jobs.web.JobFormFields;
import com.crewdesk.jobs.web.JobPageOptions;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.StepCompletion;
import com.crewdesk.patch.Violations;
import com.crewdesk.security.CrewdeskUser;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Fills the model of a job's page: its fields in groups, checklist, history, and a
 * technician's update form.
 */
@Component
public class JobDetailModel {

	static final int HISTORY_PAGE_SIZE = 20;

	/**
	 * One checklist step of the company and whether, when and by whom it was ticked on
	 * this job.
	 */
	public record StepRow(String key, String label, boolean done, Instant at, String by) {
	}

	/** A page of the history timeline. */
	public record HistoryPage(List<Map<String, Object>> entries, int page, boolean hasMore) {
	}

	private final JobService jobs;

	private final JobPageOptions options;

	private final CustomerListQuery customers;

	private final JobHistoryQueries history;

	public JobDetailModel(JobService jobs, JobPageOptions options, CustomerListQuery customers,
			JobHistoryQueries history) {
		this.jobs = jobs;
		this.options = options;
		this.customers = customers;
		this.history = history;
	}

	/** {@code updateValues} are what a technician posted (null: the job's values). */
	public String fill(CrewdeskUser user, Model model, StoredJob job, int historyPage, Map<String, String> updateValues,
			Violations violations) {
		JobPageOptions.Options opts = options.forCompany(user.companyId());
		Map<String, String> values = JobFormFields.fromJob(job.values());
		model.addAttribute("job", job);
		model.addAttribute("values", values);
		model.addAttribute("options", opts);
		model.addAttribute("customer", customers.one(user.companyId(), job.values().customerUuid()).orElse(null));
		model.addAttribute("steps", steps(opts.checklist(), job.values().milestones(), opts));
		model.addAttribute("stamps", stamps(job));
		model.addAttribute("createdAt", job.values().get(JobField.CREATED_AT));
		model.addAttribute("createdBy", opts.staffName(job.values().get(JobField.CREATED_BY)));
		model.addAttribute("createdVia", job.values().get(JobField.CREATED_VIA));
		model.addAttribute("deletedBy", opts.staffName(job.values().get(JobField.DELETED_BY)));
		JobHistoryQueries.HistoryFilter filter = (JobHistoryQueries.HistoryFilter) model.getAttribute("historyFilter");
		if (filter == null) {
			filter = JobHistoryQueries.HistoryFilter.ALL;
			model.addAttribute("historyFilter", filter);
		}
		model.addAttribute("history", historyPage(user, job, filter, historyPage));
		model.addAttribute("historyFields", history.fields(user.companyId(), job.id()));
		model.addAttribute("historyChannels", Arrays.stream(Channel.values()).map(Channel::code).toList());
		model.addAttribute("canManage", user.caller().managesJobs());
		model.addAttribute("changeable", jobs.changeableFields(user.caller(), job));
		model.addAttribute("updateValues", updateValues == null ? values : updateValues);
		model.addAttribute("originals", values);
		model.addAttribute("errors", violations.byField());
		model.addAttribute("forbidden", violations.forbidden());
		model.addAttribute("validateUrl", "/jobs/" + job.jobNumber() + "/validate");
		return "jobs/detail";
	}

	public HistoryPage historyPage(CrewdeskUser user, StoredJob job, JobHistoryQueries.HistoryFilter filter, int page) {
		int wanted = Math.max(page, 1);
		List<Map<String, Object>> entries = history.page(user.companyId(), job.id(), filter, HISTORY_PAGE_SIZE, wanted);
		return new HistoryPage(entries, wanted, entries.size() == HISTORY_PAGE_SIZE);
	}

	/**
	 * The history filter of a request: a blank part or a channel that does not exist
	 * means all.
	 */
	static JobHistoryQueries.HistoryFilter historyFilter(String field, String channel) {
		String knownChannel = Arrays.stream(Channel.values())
			.map(Channel::code)
			.filter(code -> code.equals(channel))
			.findFirst()
			.orElse(null);
		return new JobHistoryQueries.HistoryFilter(field == null || field.isBlank() ? null : field.strip(),
				knownChannel);
	}

	/** The job's page showing the history with this filter (the URL htmx pushes). */
	static String pageUrl(StoredJob job, JobHistoryQueries.HistoryFilter filter) {
		return UriComponentsBuilder.fromPath("/jobs/{n}")
			.queryParamIfPresent("history_field", java.util.Optional.ofNullable(filter.field()))
			.queryParamIfPresent("history_channel", java.util.Optional.ofNullable(filter.channel()))
			.fragment("history")
			.buildAndExpand(job.jobNumber())
			.encode()
			.toUriString();
	}

	private static List<StepRow> steps(List<ChecklistStep> checklist, Map<String, StepCompletion> milestones,
			JobPageOptions.Options opts) {
		return checklist.stream().map(step -> {
			StepCompletion done = milestones.get(step.stepKey());
			UUID by = done == null ? null : done.completedBy();
			return new StepRow(step.stepKey(), step.label(), done != null, done == null ? null : done.completedAt(),
					by == null ? (done == null ? null : "API") : opts.staffName(by));
		}).toList();
	}

	private static Map<String, Instant> stamps(StoredJob job) {
		Map<String, Instant> stamps = new java.util.LinkedHashMap<>();
		for (JobField field : List.of(JobField.STARTED_AT, JobField.COMPLETED_AT, JobField.INVOICED_AT,
				JobField.PAID_AT, JobField.CONTRACT_SIGNED_AT)) {
			stamps.put(field.apiName(), (Instant) job.values().get(field));
		}
		return stamps;
	}

}
