package com.crewdesk.customers.list.web;

import com.crewdesk.company.CompanyRulesService;
import com.crewdesk.customers.list.CustomerListQuery;
import com.crewdesk.patch.CustomerType;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.web.ListHistory;
import com.crewdesk.web.ServerTiming;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customers list: a plain GET renders the page, an htmx request (typing, a filter,
 * sort, page) only the results; both read the same query string, which holds the whole
 * state. Only those the Rulebook lets browse customers get here (SecurityConfiguration).
 */
@Controller
class CustomerListController {

	private final CustomerListQuery customers;

	private final CompanyRulesService settings;

	private final CustomerRowsHtml rows;

	CustomerListController(CustomerListQuery customers, CompanyRulesService settings, CustomerRowsHtml rows) {
		this.customers = customers;
		this.settings = settings;
		this.rows = rows;
	}

	@GetMapping("/customers")
	String page(@AuthenticationPrincipal CrewdeskUser user, @RequestParam MultiValueMap<String, String> params,
			Model model, HttpServletResponse response) {
		results(user, params, model, response);
		model.addAttribute("types", CustomerType.values());
		model.addAttribute("tags", settings.activeCustomerTags(user.companyId()));
		model.addAttribute("pageSizes", CustomerListRequest.PAGE_SIZES);
		model.addAttribute("skipToResults", true);
		return "customers/list";
	}

	@HxRequest
	@GetMapping("/customers")
	String results(@AuthenticationPrincipal CrewdeskUser user, @RequestParam MultiValueMap<String, String> params,
			Model model, HtmxResponse htmx, HttpServletResponse response,
			@RequestHeader(name = "HX-Current-URL", required = false) String currentUrl) {
		ListHistory.show(htmx, currentUrl, results(user, params, model, response).url());
		return "customers/list :: results";
	}

	private CustomerListRequest results(CrewdeskUser user, MultiValueMap<String, String> params, Model model,
			HttpServletResponse response) {
		CustomerListRequest request = CustomerListRequest.of(params);
		model.addAttribute("list", request);
		model.addAttribute("result",
				ServerTiming.measure(response, "db", () -> customers.screenPage(user.companyId(), request.filter())));
		model.addAttribute("customerRows", rows);
		return request;
	}

}
