package com.crewdesk.customers.page;

import com.crewdesk.company.CompanyRulesService;
import com.crewdesk.company.CustomFieldSetting;
import com.crewdesk.customers.CustomerHistory;
import com.crewdesk.customers.CustomerLocations;
import com.crewdesk.customers.CustomerService;
import com.crewdesk.customers.CustomerStore.StoredCustomer;
import com.crewdesk.customers.list.CustomerListQuery;
import com.crewdesk.jobs.list.JobListParameters;
import com.crewdesk.jobs.list.JobListQuery;
import com.crewdesk.jobs.list.JobListRequest;
import com.crewdesk.jobs.list.JobListScope;
import com.crewdesk.jobs.row.InlineEditing;
import com.crewdesk.jobs.row.JobRowModel;
import com.crewdesk.patch.CustomerField;
import com.crewdesk.patch.Rulebook;
import com.crewdesk.security.Caller;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.web.ServerTiming;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the customer page: the customer, their locations, the first of their jobs as the
 * jobs list's own rows (read-only here), and the history. What a technician may see is
 * the Rulebook's answer.
 */
@Component
class CustomerPageModel {

	/** How many of the customer's jobs the page shows; the jobs list has the rest. */
	static final int JOBS_SHOWN = 25;

	private static final InlineEditing READ_ONLY_ROWS = new InlineEditing(false, false, false, false, false);

	private final CustomerService customers;

	private final CustomerListQuery names;

	private final CustomerLocations locations;

	private final JobListQuery jobs;

	private final CompanyRulesService settings;

	private final JobRowModel rows;

	CustomerPageModel(CustomerService customers, CustomerListQuery names, CustomerLocations locations,
			JobListQuery jobs, CompanyRulesService settings, JobRowModel rows) {
		this.customers = customers;
		this.names = names;
		this.locations = locations;
		this.jobs = jobs;
		this.settings = settings;
		this.rows = rows;
	}

	void fill(CrewdeskUser user, UUID id, Model model, HttpServletResponse response) {
		Caller caller = user.caller();
		StoredCustomer customer = customers.get(caller, id);
		model.addAttribute("customer", customer);
		model.addAttribute("c", customer.values().toRaw());
		model.addAttribute("name", names.one(user.companyId(), id).orElseThrow().name());
		model.addAttribute("seesDetails", Rulebook.seesCustomerDetails(caller.actor()));
		model.addAttribute("overridesDoNotService", Rulebook.mayOverrideDoNotService(caller.actor()));
		model.addAttribute("fieldLabels",
				settings.activeCustomerFields(user.companyId())
					.stream()
					.collect(Collectors.toMap(CustomFieldSetting::fieldKey, CustomFieldSetting::label, (a, b) -> a)));
		model.addAttribute("locations", locations.list(caller, id));
		JobListRequest request = JobListParameters
			.lenient(Map.of("customer", List.of(id.toString()), "size", List.of(String.valueOf(JOBS_SHOWN))));
		model.addAttribute("jobsUrl", request.url());
		model.addAttribute("result",
				ServerTiming.measure(response, "db", () -> jobs.page(JobListScope.of(user), request)));
		rows.addRows(model, READ_ONLY_ROWS);
		model.addAttribute("history",
				customers.history(caller, id, 50, 1)
					.stream()
					.map(entry -> new HistoryLine(label(entry.field()), text(entry.oldValue()), text(entry.newValue()),
							entry.changedBy(), entry.changedAt(), entry.channel()))
					.toList());
	}

	/** One history entry as the page shows it: the field's label and values as text. */
	record HistoryLine(String field, String oldValue, String newValue, String changedBy, java.time.Instant changedAt,
			String channel) {
	}

	private static String label(String field) {
		return CustomerField.byApiName(field)
			.map(f -> f == CustomerField.DELETED_AT ? "deleted" : f.apiName().replace('_', ' '))
			.orElse(field.replace('_', ' '));
	}

	/** A value in words: an address or a list joined by commas, nothing as a dash. */
	static String text(Object value) {
		if (value == null) {
			return "—";
		}
		if (value instanceof Map<?, ?> map) {
			return map.values()
				.stream()
				.filter(Objects::nonNull)
				.map(v -> v instanceof Map<?, ?> || v instanceof Collection<?> ? text(v) : v.toString())
				.collect(Collectors.joining(", "));
		}
		if (value instanceof Collection<?> list) {
			return list.isEmpty() ? "—" : list.stream().map(CustomerPageModel::text).collect(Collectors.joining(", "));
		}
		return value.toString();
	}

}
