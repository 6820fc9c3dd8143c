package com.crewdesk.jobs.list.web;

import com.crewdesk.customers.list.CustomerFilter;
import com.crewdesk.customers.list.CustomerListQuery;
import com.crewdesk.customers.list.CustomerListRow;
import com.crewdesk.customers.LocationRepository;
import com.crewdesk.jobs.list.JobListParameters;
import com.crewdesk.jobs.list.JobListQuery;
import com.crewdesk.jobs.list.JobListRequest;
import com.crewdesk.jobs.list.JobListScope;
import com.crewdesk.jobs.list.JobSort;
import com.crewdesk.jobs.row.JobRowModel;
import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobStatus;
import com.crewdesk.patch.Rulebook;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.staff.StaffRepository;
import com.crewdesk.staff.StaffUser;
import com.crewdesk.web.ListHistory;
import com.crewdesk.web.ServerTiming;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The jobs list: one URL, two handlers. A plain GET renders the whole page; an htmx
 * request (filter change, sort, page) gets only the results fragment. Both read the same
 * query string, which holds the whole state.
 */
@Controller
class JobListController {

	private static final int CUSTOMER_OPTIONS = 15;

	private final JobListQuery jobs;

	private final StaffRepository staff;

	private final CustomerListQuery customers;

	private final JobRowModel rowModel;

	private final LocationRepository locations;

	JobListController(JobListQuery jobs, StaffRepository staff, CustomerListQuery customers, JobRowModel rowModel,
			LocationRepository locations) {
		this.jobs = jobs;
		this.staff = staff;
		this.customers = customers;
		this.rowModel = rowModel;
		this.locations = locations;
	}

	@GetMapping("/jobs")
	String page(@AuthenticationPrincipal CrewdeskUser user, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "customer_q", required = false) String customerQuery, Model model,
			HttpServletResponse response) {
		JobListRequest request = results(user, params, model, response);
		model.addAttribute("statuses", JobStatus.values());
		model.addAttribute("priorities", JobPriority.values());
		model.addAttribute("staff", staff.findByCompany(user.companyId()).stream().filter(StaffUser::active).toList());
		model.addAttribute("selectedCustomer", request.filter().customer() == null ? null
				: customers.one(user.companyId(), request.filter().customer()).orElse(null));
		model.addAttribute("customerQuery", customerQuery);
		model.addAttribute("customerOptions", customerOptions(user, customerQuery));
		model.addAttribute("skipToResults", true);
		return "jobs/list";
	}

	@HxRequest
	@GetMapping("/jobs")
	String results(@AuthenticationPrincipal CrewdeskUser user, @RequestParam MultiValueMap<String, String> params,
			Model model, HtmxResponse htmx, HttpServletResponse response,
			@RequestHeader(name = "HX-Current-URL", required = false) String currentUrl) {
		JobListRequest request = results(user, params, model, response);
		ListHistory.show(htmx, currentUrl, request.url());
		return "jobs/list :: results-update";
	}

	/** The customer picker's suggestions while the user types a name. */
	@HxRequest
	@GetMapping("/jobs/customer-options")
	String customerOptions(@AuthenticationPrincipal CrewdeskUser user,
			@RequestParam(name = "customer_q", required = false) String customerQuery, Model model) {
		List<CustomerListRow> options = customerOptions(user, customerQuery);
		model.addAttribute("customerQuery", customerQuery);
		model.addAttribute("customerOptions", options);
		return "jobs/list :: customer-options";
	}

	private List<CustomerListRow> customerOptions(CrewdeskUser user, String text) {
		return text == null || text.isBlank() ? List.of() : customers.first(user.companyId(),
				CustomerFilter.live(text, CUSTOMER_OPTIONS).servedBy(Rulebook.customersLimitedTo(user.actor())));
	}

	private JobListRequest results(CrewdeskUser user, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response) {
		JobListRequest request = JobListParameters.lenient(params);
		model.addAttribute("list", request);
		model.addAttribute("result",
				ServerTiming.measure(response, "db", () -> jobs.page(JobListScope.of(user), request)));
		model.addAttribute("sorts", JobSort.values());
		rowModel.addRows(model, rowModel.editing(user));
		model.addAttribute("locations", request.filter().customer() == null ? List.of()
				: locations.findByCustomer(user.companyId(), request.filter().customer()));
		return request;
	}

}
