package com.crewdesk.customers.page;

import com.crewdesk.customers.CustomerHasOpenJobsException;
import com.crewdesk.customers.CustomerLocations;
import com.crewdesk.customers.CustomerService;
import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.PatchRejectedException;
import com.crewdesk.patch.Patch;
import com.crewdesk.security.Caller;
import com.crewdesk.security.CrewdeskUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer page's actions: soft delete (refused while the customer has open jobs,
 * with a link to them), restore (also the undo of a delete), and adding, editing and
 * (de)activating service locations. Each goes through the customer service and answers
 * with the page again (post/redirect/get).
 */
@Controller
class CustomerActionsController {

	private static final List<String> ADDRESS_PARTS = List.of("street", "unit", "city", "state", "zip", "country");

	private final CustomerService customers;

	private final CustomerLocations locations;

	CustomerActionsController(CustomerService customers, CustomerLocations locations) {
		this.customers = customers;
		this.locations = locations;
	}

	@PostMapping("/customers/{id}/delete")
	String delete(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID id,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		try {
			customers.softDelete(Caller.of(user), id, version, Channel.UI);
			redirect.addFlashAttribute("toast", "Customer deleted. Undo restores them.");
			redirect.addFlashAttribute("justDeleted", true);
		}
		catch (CustomerHasOpenJobsException refused) {
			redirect.addFlashAttribute("openJobsRefusal", "Not deleted: " + refused.getMessage() + ".");
			redirect.addFlashAttribute("openJobsLink", refused.jobsLink());
		}
		return "redirect:/customers/" + id;
	}

	@PostMapping("/customers/{id}/restore")
	String restore(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		customers.restore(Caller.of(user), id, Channel.UI);
		redirect.addFlashAttribute("toast", "Customer restored.");
		return "redirect:/customers/" + id;
	}

	@PostMapping("/customers/{id}/locations")
	String addLocation(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID id,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		return location(redirect, id, "Location added.",
				() -> locations.add(Caller.of(user), id, Patch.of(locationPatch(form))));
	}

	@PostMapping("/customers/{id}/locations/{location}")
	String editLocation(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID id, @PathVariable UUID location,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		Map<String, Object> patch = locationPatch(form);
		if (form.containsKey("active")) {
			patch = Map.of("active", Boolean.parseBoolean(form.getFirst("active")));
		}
		Map<String, Object> changes = patch;
		return location(redirect, id,
				form.containsKey("active")
						? "Location " + (Boolean.parseBoolean(form.getFirst("active")) ? "activated." : "deactivated.")
						: "Location saved.",
				() -> locations.edit(Caller.of(user), id, location, Patch.of(changes)));
	}

	private static String location(RedirectAttributes redirect, UUID customer, String done, Runnable write) {
		try {
			write.run();
			redirect.addFlashAttribute("toast", done);
		}
		catch (PatchRejectedException refused) {
			redirect.addFlashAttribute("locationErrors", refused.violations().byField());
		}
		return "redirect:/customers/" + customer + "#locations";
	}

	/**
	 * Name and address of a location form; the address is one unit (P10): all its parts,
	 * or null when every part is empty.
	 */
	private static Map<String, Object> locationPatch(MultiValueMap<String, String> form) {
		Map<String, Object> address = new LinkedHashMap<>();
		ADDRESS_PARTS.forEach(part -> address.put(part, blankToNull(form.getFirst("address." + part))));
		Map<String, Object> patch = new LinkedHashMap<>();
		patch.put("name", form.getFirst("name") == null ? "" : form.getFirst("name"));
		patch.put("address", address.values().stream().allMatch(v -> v == null) ? null : address);
		return patch;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
