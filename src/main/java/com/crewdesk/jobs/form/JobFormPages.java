package com.crewdesk.jobs.form;

import com.crewdesk.customers.list.CustomerListQuery;
import com.crewdesk.jobs.JobService;
import com.crewdesk.jobs.StoredJob;
import com.crewdesk.jobs.detail.JobDetailModel;
import com.crewdesk.jobs.form.JobFormMapping.Conflict;
import com.crewdesk.jobs.web.JobFormFields;
import com.crewdesk.jobs.web.JobPageOptions;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobPatchEngine;
import com.crewdesk.patch.Rulebook;
import com.crewdesk.patch.Violations;
import com.crewdesk.security.Caller;
import com.crewdesk.security.CrewdeskUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of the job form (create and edit) and picks the page a refused edit is
 * shown on.
 */
@Component
class JobFormPages {

	private final JobService jobs;

	private final JobPageOptions options;

	private final CustomerListQuery customers;

	private final JobDetailModel detail;

	JobFormPages(JobService jobs, JobPageOptions options, CustomerListQuery customers, JobDetailModel detail) {
		this.jobs = jobs;
		this.options = options;
		this.customers = customers;
		this.detail = detail;
	}

	JobFormMapping mapping(CrewdeskUser user) {
		return new JobFormMapping(options.forCompany(user.companyId()).customKeys());
	}

	/**
	 * The engine's creation defaults, and the customer (with their address) when one was
	 * given.
	 */
	Map<String, String> createDefaults(CrewdeskUser user, UUID customer) {
		Map<String, String> values = JobFormFields.fromJob(JobPatchEngine.creationDefaults());
		if (customer != null) {
			customers.one(user.companyId(), customer).ifPresent(choice -> {
				values.put(JobField.CUSTOMER_UUID.apiName(), choice.id().toString());
				values.put("service_address1", nullToEmpty(choice.street()));
				values.put("service_address2", nullToEmpty(choice.unit()));
				values.put("service_city", nullToEmpty(choice.city()));
				values.put("service_state", nullToEmpty(choice.state()));
				values.put("service_zip", nullToEmpty(choice.zip()));
				values.put(JobFormFields.LAT, choice.latText());
				values.put(JobFormFields.LNG, choice.lngText());
			});
		}
		return values;
	}

	String createForm(CrewdeskUser user, Model model, Map<String, String> values, Violations violations) {
		common(user, model, values, violations);
		model.addAttribute("creating", true);
		model.addAttribute("overridesDoNotService", Rulebook.mayOverrideDoNotService(Caller.of(user).actor()));
		model.addAttribute("formAction", "/jobs/new");
		model.addAttribute("validateUrl", "/jobs/validate");
		model.addAttribute("cancelUrl", "/jobs");
		return "jobs/form";
	}

	String editForm(CrewdeskUser user, Model model, StoredJob job, Map<String, String> values,
			Map<String, String> originals, long version, Violations violations, List<Conflict> conflicts) {
		common(user, model, values, violations);
		model.addAttribute("creating", false);
		model.addAttribute("job", job);
		model.addAttribute("originals", originals);
		model.addAttribute("version", version);
		model.addAttribute("conflicts", conflicts);
		model.addAttribute("formAction", "/jobs/" + job.jobNumber() + "/edit");
		model.addAttribute("validateUrl", "/jobs/" + job.jobNumber() + "/validate");
		model.addAttribute("cancelUrl", "/jobs/" + job.jobNumber());
		return "jobs/form";
	}

	/**
	 * The form on the job's current version with the fields in conflict. Office staff
	 * choose per field (the form keeps the version they started from, so saving without a
	 * choice finds the same conflict again); a technician's short form shows both values
	 * as messages, and saving again keeps theirs.
	 */
	String conflict(CrewdeskUser user, Model model, StoredJob current, long baseVersion, Map<String, String> posted,
			Map<String, String> original, List<String> fields, boolean askedBefore) {
		JobFormMapping mapping = mapping(user);
		Map<String, String> now = JobFormFields.fromJob(current.values());
		List<Conflict> conflicts = mapping.conflicts(fields, posted, now);
		Map<String, String> rebased = mapping.rebase(posted, original, now);
		if (!jobs.changeableFields(user.caller(), current).all()) {
			Violations.Builder messages = Violations.builder();
			conflicts.forEach(c -> messages.add(c.name(), "was changed by someone else to “"
					+ String.join(", ", c.theirs()) + "” while you edited; save again to keep yours"));
			return detail.fill(user, model, current, 1, rebased, messages.build());
		}
		editForm(user, model, current, rebased, mapping.rebasedOriginals(posted, original, now), baseVersion,
				Violations.builder().build(), conflicts);
		model.addAttribute("decidedVersion", current.version());
		model.addAttribute("undecided", askedBefore);
		return "jobs/form";
	}

	/**
	 * A refused edit: a technician sees their job page again, office staff the edit form,
	 * both with the messages.
	 */
	String rejectedEdit(CrewdeskUser user, Model model, StoredJob job, Map<String, String> posted,
			Map<String, String> original, long version, Violations violations) {
		if (!jobs.changeableFields(user.caller(), job).all()) {
			return detail.fill(user, model, job, 1, posted, violations);
		}
		return editForm(user, model, job, posted, original, version, violations, List.of());
	}

	private void common(CrewdeskUser user, Model model, Map<String, String> values, Violations violations) {
		model.addAttribute("options", options.forCompany(user.companyId()));
		model.addAttribute("values", values);
		model.addAttribute("errors", violations.byField());
		model.addAttribute("forbidden", violations.forbidden());
		String customer = values.getOrDefault(JobField.CUSTOMER_UUID.apiName(), "");
		model.addAttribute("customerName", customer.isEmpty() ? "" : customerName(user, customer));
	}

	private String customerName(CrewdeskUser user, String id) {
		try {
			return customers.one(user.companyId(), UUID.fromString(id)).map(c -> c.name()).orElse("");
		}
		catch (IllegalArgumentException notAnId) {
			return "";
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
