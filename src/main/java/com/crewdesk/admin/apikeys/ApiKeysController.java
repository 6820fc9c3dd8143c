package com.crewdesk.admin.apikeys;

import com.crewdesk.apikeys.ApiKeyScope;
import com.crewdesk.apikeys.ApiKeyService;
import com.crewdesk.security.CrewdeskUser;
import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The API keys screen: list, create (secret shown once), revoke after confirmation. */
@Controller
@RequestMapping("/admin/api-keys")
class ApiKeysController {

	private final ApiKeyService keys;

	ApiKeysController(ApiKeyService keys) {
		this.keys = keys;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CrewdeskUser user, Model model) {
		return page(user, model, null);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CrewdeskUser user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "READ_ONLY") String scope, Model model, RedirectAttributes redirect) {
		ApiKeyScope chosen = Arrays.stream(ApiKeyScope.values())
			.filter(s -> s.name().equals(scope))
			.findFirst()
			.orElse(ApiKeyScope.READ_ONLY);
		try {
			ApiKeyService.Created created = keys.create(user.acting(), name, chosen);
			// Shown once, on the page the browser is redirected to (the flash lives in
			// the session for one request).
			redirect.addFlashAttribute("createdName", created.key().name());
			redirect.addFlashAttribute("createdSecret", created.secret());
			return "redirect:/admin/api-keys";
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("name", name);
			return page(user, model, ex.getMessage());
		}
	}

	@GetMapping("/{id}/revoke")
	String confirmRevoke(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id, Model model) {
		model.addAttribute("key", keys.get(user.acting(), id));
		return "admin/apikeys/revoke";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("toast", "Key \"" + keys.revoke(user.acting(), id).name() + "\" revoked.");
		return "redirect:/admin/api-keys";
	}

	private String page(CrewdeskUser user, Model model, String error) {
		model.addAttribute("keys", keys.list(user.acting()));
		model.addAttribute("scopes", ApiKeyScope.values());
		model.addAttribute("error", error);
		if (!model.containsAttribute("name")) {
			model.addAttribute("name", "");
		}
		return "admin/apikeys/list";
	}

}
