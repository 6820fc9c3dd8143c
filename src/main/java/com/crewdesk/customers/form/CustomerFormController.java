package com.crewdesk.customers.form;

import com.crewdesk.company.CompanyRulesService;
import com.crewdesk.customers.CustomerEdits;
import com.crewdesk.customers.CustomerService;
import com.crewdesk.customers.CustomerStore.StoredCustomer;
import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.PatchRejectedException;
import com.crewdesk.patch.CustomerType;
import com.crewdesk.patch.Violations;
import com.crewdesk.security.Caller;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.web.ViolationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
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
 * The customer create and edit forms, with the job form's conventions: each field is
 * checked on the server when the person leaves it, only changed fields are sent, and a
 * field someone else changed meanwhile is offered as a choice (CustomerEdits). Only those
 * who manage customers get here (SecurityConfiguration); the service checks again.
 */
@Controller
class CustomerFormController {

	/** A choice of a select: what is sent and what is shown. */
	public record Choice(String value, String label) {
	}

	/**
	 * A field in conflict: its name and both values in words (as lists, like the job
	 * form's).
	 */
	public record Conflict(String name, List<String> mine, List<String> theirs) {
	}

	private final CustomerService customers;

	private final CustomerEdits edits;

	private final CompanyRulesService settings;

	CustomerFormController(CustomerService customers, CustomerEdits edits, CompanyRulesService settings) {
		this.customers = customers;
		this.edits = edits;
		this.settings = settings;
	}

	@GetMapping("/customers/new")
	String newCustomer(@AuthenticationPrincipal CrewdeskUser user, Model model) {
		return form(user, model, null, CustomerFormFields.defaults(), Map.of(), Violations.builder().build());
	}

	@PostMapping("/customers/new")
	String create(@AuthenticationPrincipal CrewdeskUser user, @RequestParam MultiValueMap<String, String> params,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> posted = CustomerFormFields.fromPost(params, "");
		try {
			StoredCustomer created = customers.create(Caller.of(user), CustomerFormFields.forCreate(posted),
					Channel.UI);
			redirect.addFlashAttribute("toast", "Customer created.");
			return "redirect:/customers/" + created.id();
		}
		catch (PatchRejectedException ex) {
			response.setStatus(ViolationStatus.of(ex.violations()).value());
			return form(user, model, null, posted, Map.of(), ex.violations());
		}
	}

	@GetMapping("/customers/{id}/edit")
	String edit(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID id, Model model) {
		StoredCustomer customer = customers.get(Caller.of(user), id);
		if (customer.isDeleted()) {
			return "redirect:/customers/" + id;
		}
		Map<String, String> values = CustomerFormFields.of(customer.values());
		model.addAttribute("version", customer.version());
		return form(user, model, customer, values, values, Violations.builder().build());
	}

	@PostMapping("/customers/{id}/edit")
	String update(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID id,
			@RequestParam MultiValueMap<String, String> params, @RequestParam long version,
			@RequestParam(name = "decided_version", required = false) Long decidedVersion, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = Caller.of(user);
		Map<String, String> posted = CustomerFormFields.fromPost(params, "");
		Map<String, String> original = CustomerFormFields.fromPost(params, "orig.");
		try {
			CustomerEdits.Outcome outcome = edits.save(caller, id, CustomerFormFields.edit(version, posted, original,
					CustomerFormFields.decisions(params), decidedVersion));
			if (outcome instanceof CustomerEdits.Conflicted conflicted) {
				response.setStatus(ViolationStatus.staleForPeople().value());
				return conflict(user, model, conflicted, version, posted, original, decidedVersion != null);
			}
			redirect.addFlashAttribute("toast", "Customer saved.");
			return "redirect:/customers/" + id;
		}
		catch (PatchRejectedException ex) {
			response.setStatus(ViolationStatus.of(ex.violations()).value());
			model.addAttribute("version", version);
			return form(user, model, customers.get(caller, id), posted, original, ex.violations());
		}
	}

	/**
	 * Checks the whole form without saving and answers the message(s) of the field the
	 * person just left.
	 */
	@PostMapping({ "/customers/validate", "/customers/{id}/validate" })
	String validate(@AuthenticationPrincipal CrewdeskUser user, @PathVariable(required = false) UUID id,
			@RequestParam MultiValueMap<String, String> params,
			@RequestHeader(name = "HX-Trigger-Name", required = false) String field, Model model) {
		Map<String, String> posted = CustomerFormFields.fromPost(params, "");
		Violations violations = customers.check(Caller.of(user), id, CustomerFormFields.forCreate(posted));
		model.addAttribute("errors", violations.byField());
		model.addAttribute("field", field == null ? "" : field);
		return "jobs/field-error";
	}

	private String conflict(CrewdeskUser user, Model model, CustomerEdits.Conflicted conflicted, long baseVersion,
			Map<String, String> posted, Map<String, String> original, boolean askedBefore) {
		Map<String, String> now = CustomerFormFields.of(conflicted.customer().values());
		model.addAttribute("conflicts", conflicted.fields()
			.stream()
			.map(name -> new Conflict(name, List.of(CustomerFormFields.shown(CustomerFormFields.raw(posted, name))),
					List.of(CustomerFormFields.shown(CustomerFormFields.raw(now, name)))))
			.toList());
		model.addAttribute("decidedVersion", conflicted.customer().version());
		model.addAttribute("undecided", askedBefore);
		model.addAttribute("version", baseVersion);
		return form(user, model, conflicted.customer(), CustomerFormFields.rebase(posted, original, now),
				CustomerFormFields.rebasedOriginals(posted, original, now), Violations.builder().build());
	}

	private String form(CrewdeskUser user, Model model, StoredCustomer customer, Map<String, String> values,
			Map<String, String> originals, Violations violations) {
		boolean creating = customer == null;
		model.addAttribute("creating", creating);
		model.addAttribute("customer", customer);
		model.addAttribute("values", values);
		model.addAttribute("originals", originals);
		model.addAttribute("errors", violations.byField());
		model.addAttribute("forbidden", violations.forbidden());
		model.addAttribute("types",
				Arrays.stream(CustomerType.values()).map(t -> new Choice(t.label(), t.label())).toList());
		model.addAttribute("tags", settings.activeCustomerTags(user.companyId()));
		model.addAttribute("customFields", settings.activeCustomerFields(user.companyId()));
		model.addAttribute("chosenTags", List.of(values.getOrDefault("tags", "").split(",")));
		model.addAttribute("formAction", creating ? "/customers/new" : "/customers/" + customer.id() + "/edit");
		model.addAttribute("validateUrl",
				creating ? "/customers/validate" : "/customers/" + customer.id() + "/validate");
		model.addAttribute("cancelUrl", creating ? "/customers" : "/customers/" + customer.id());
		return "customers/form";
	}

}
