package com.crewdesk.admin.webhooks;

import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.webhooks.WebhookEvent;
import com.crewdesk.webhooks.WebhookService;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The webhooks screen: endpoints (register one, its signing secret shown once), and per
 * endpoint its recent deliveries with "resend".
 */
@Controller
@RequestMapping("/admin/webhooks")
class WebhooksController {

	private final WebhookService webhooks;

	WebhooksController(WebhookService webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CrewdeskUser user, Model model) {
		return page(user, model, "", Set.of(), null);
	}

	@PostMapping
	String register(@AuthenticationPrincipal CrewdeskUser user, @RequestParam(defaultValue = "") String url,
			@RequestParam(defaultValue = "") List<String> events, Model model, RedirectAttributes redirect) {
		try {
			WebhookService.Registered registered = webhooks.register(user.acting(), url, Set.copyOf(events));
			// Shown once, on the page the browser is redirected to.
			redirect.addFlashAttribute("createdUrl", registered.url());
			redirect.addFlashAttribute("createdSecret", registered.secret());
			return "redirect:/admin/webhooks";
		}
		catch (WebhookService.Refused refused) {
			return page(user, model, url, Set.copyOf(events), refused);
		}
	}

	@GetMapping("/{id}")
	String deliveries(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id, Model model) {
		model.addAttribute("view", webhooks.deliveries(user.acting(), id));
		return "admin/webhooks/deliveries";
	}

	@PostMapping("/{id}/deliveries/{delivery}/resend")
	String resend(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id, @PathVariable long delivery,
			RedirectAttributes redirect) {
		webhooks.resend(user.acting(), id, delivery);
		redirect.addFlashAttribute("toast", "Delivery queued to be sent again.");
		return "redirect:/admin/webhooks/" + id;
	}

	@PostMapping("/{id}/remove")
	String remove(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("toast", "Endpoint " + webhooks.remove(user.acting(), id).url() + " removed.");
		return "redirect:/admin/webhooks";
	}

	private String page(CrewdeskUser user, Model model, String url, Set<String> chosen,
			WebhookService.Refused refused) {
		model.addAttribute("endpoints", webhooks.list(user.acting()));
		model.addAttribute("eventTypes", WebhookEvent.values());
		model.addAttribute("url", url);
		model.addAttribute("chosen", chosen);
		model.addAttribute("urlError", refused != null && refused.field().equals("url") ? refused.getMessage() : null);
		model.addAttribute("eventsError",
				refused != null && refused.field().equals("events") ? refused.getMessage() : null);
		return "admin/webhooks/list";
	}

}
