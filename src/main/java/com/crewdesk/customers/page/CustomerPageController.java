package com.crewdesk.customers.page;

import com.crewdesk.security.CrewdeskUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The customer page: contact, address, flags, tags, custom fields and external data,
 * locations, their jobs and the history. Another company's customer (or, for a
 * technician, a customer of none of their jobs) is a 404.
 */
@Controller
class CustomerPageController {

	private final CustomerPageModel page;

	CustomerPageController(CustomerPageModel page) {
		this.page = page;
	}

	@GetMapping("/customers/{id}")
	String show(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID id, Model model,
			HttpServletResponse response) {
		page.fill(user, id, model, response);
		return "customers/page";
	}

}
