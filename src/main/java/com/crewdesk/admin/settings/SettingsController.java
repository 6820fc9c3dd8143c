package com.crewdesk.admin.settings;

import com.crewdesk.company.CompanySettingsService;
import com.crewdesk.company.FieldEntity;
import com.crewdesk.company.GeneralSettings;
import com.crewdesk.company.SettingsRejected;
import com.crewdesk.patch.CustomFieldType;
import com.crewdesk.security.CrewdeskUser;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
 * Company settings: general values, custom fields for jobs and customers, checklist
 * steps, customer tags.
 */
@Controller
@RequestMapping("/admin/settings")
class SettingsController {

	private static final List<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(z -> z.equals("UTC") || z.matches("^(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
		.sorted()
		.toList();

	private final CompanySettingsService settings;

	SettingsController(CompanySettingsService settings) {
		this.settings = settings;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CrewdeskUser user, Model model) {
		return page(user, model, null, null);
	}

	@PostMapping("/general")
	String general(@AuthenticationPrincipal CrewdeskUser user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String timeZone,
			@RequestParam(defaultValue = "false") boolean workersEditJob, Model model, RedirectAttributes redirect) {
		return apply(user, model, redirect, "general", "Settings saved.",
				u -> settings.updateGeneral(u.acting(), name, timeZone, workersEditJob));
	}

	@PostMapping("/fields")
	String addField(@AuthenticationPrincipal CrewdeskUser user, @RequestParam String entity,
			@RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String label,
			@RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String options,
			@RequestParam(defaultValue = "false") boolean required, Model model, RedirectAttributes redirect) {
		FieldEntity target = "CUSTOMER".equals(entity) ? FieldEntity.CUSTOMER : FieldEntity.JOB;
		String section = target == FieldEntity.JOB ? "job-fields" : "customer-fields";
		return apply(user, model, redirect, section, "Field " + key.trim() + " added.",
				u -> settings.addField(u.acting(), target, key, label, type, options, required));
	}

	@GetMapping("/fields/{id}")
	String editField(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id, Model model) {
		model.addAttribute("field", settings.field(user.acting(), id));
		model.addAttribute("error", null);
		return "admin/settings/field";
	}

	@PostMapping("/fields/{id}")
	String updateField(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String options,
			@RequestParam(defaultValue = "false") boolean required, Model model, RedirectAttributes redirect) {
		try {
			settings.updateField(user.acting(), id, label, options, required);
		}
		catch (SettingsRejected ex) {
			model.addAttribute("field", settings.field(user.acting(), id));
			model.addAttribute("error", ex.getMessage());
			return "admin/settings/field";
		}
		redirect.addFlashAttribute("toast", "Field saved.");
		return "redirect:/admin/settings#" + section(settings.field(user.acting(), id).entity());
	}

	@PostMapping("/fields/{id}/retire")
	String retireField(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id,
			@RequestParam(defaultValue = "true") boolean retired, Model model, RedirectAttributes redirect) {
		String section = section(settings.field(user.acting(), id).entity());
		return apply(user, model, redirect, section, retired ? "Field retired." : "Field back in use.",
				u -> settings.retireField(u.acting(), id, retired));
	}

	@PostMapping("/fields/{id}/move")
	String moveField(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id, @RequestParam int direction,
			Model model, RedirectAttributes redirect) {
		String section = section(settings.field(user.acting(), id).entity());
		return apply(user, model, redirect, section, "Order saved.",
				u -> settings.moveField(u.acting(), id, direction));
	}

	@PostMapping("/steps")
	String addStep(@AuthenticationPrincipal CrewdeskUser user, @RequestParam(defaultValue = "") String label,
			Model model, RedirectAttributes redirect) {
		return apply(user, model, redirect, "steps", "Step added.", u -> settings.addStep(u.acting(), label));
	}

	@PostMapping("/steps/{id}")
	String renameStep(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String label, Model model, RedirectAttributes redirect) {
		return apply(user, model, redirect, "steps", "Step renamed.", u -> settings.renameStep(u.acting(), id, label));
	}

	@PostMapping("/steps/{id}/retire")
	String retireStep(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id,
			@RequestParam(defaultValue = "true") boolean retired, Model model, RedirectAttributes redirect) {
		return apply(user, model, redirect, "steps", retired ? "Step retired." : "Step back in use.",
				u -> settings.retireStep(u.acting(), id, retired));
	}

	@PostMapping("/steps/{id}/move")
	String moveStep(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id, @RequestParam int direction,
			Model model, RedirectAttributes redirect) {
		return apply(user, model, redirect, "steps", "Order saved.", u -> settings.moveStep(u.acting(), id, direction));
	}

	@PostMapping("/tags")
	String addTag(@AuthenticationPrincipal CrewdeskUser user, @RequestParam(defaultValue = "") String label,
			Model model, RedirectAttributes redirect) {
		return apply(user, model, redirect, "tags", "Tag added.", u -> settings.addTag(u.acting(), label));
	}

	@PostMapping("/tags/{id}")
	String renameTag(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String label, Model model, RedirectAttributes redirect) {
		return apply(user, model, redirect, "tags", "Tag renamed.", u -> settings.renameTag(u.acting(), id, label));
	}

	@PostMapping("/tags/{id}/retire")
	String retireTag(@AuthenticationPrincipal CrewdeskUser user, @PathVariable long id,
			@RequestParam(defaultValue = "true") boolean retired, Model model, RedirectAttributes redirect) {
		return apply(user, model, redirect, "tags", retired ? "Tag retired." : "Tag back in use.",
				u -> settings.retireTag(u.acting(), id, retired));
	}

	/**
	 * Runs the change; on success back to the section with a toast, else the page with
	 * the message there.
	 */
	private String apply(CrewdeskUser user, Model model, RedirectAttributes redirect, String section, String toast,
			Consumer<CrewdeskUser> change) {
		try {
			change.accept(user);
		}
		catch (SettingsRejected ex) {
			return page(user, model, section, ex.getMessage());
		}
		redirect.addFlashAttribute("toast", toast);
		return "redirect:/admin/settings#" + section;
	}

	private String page(CrewdeskUser user, Model model, String errorSection, String error) {
		GeneralSettings general = settings.general(user.acting());
		model.addAttribute("general", general);
		model.addAttribute("zones",
				ZONES.contains(general.timeZone()) ? ZONES
						: java.util.stream.Stream.concat(java.util.stream.Stream.of(general.timeZone()), ZONES.stream())
							.toList());
		model.addAttribute("sections",
				List.of(new FieldSection("job-fields", "Custom fields for jobs", FieldEntity.JOB,
						settings.fields(user.acting(), FieldEntity.JOB)),
						new FieldSection("customer-fields", "Custom fields for customers", FieldEntity.CUSTOMER,
								settings.fields(user.acting(), FieldEntity.CUSTOMER))));
		model.addAttribute("types", CustomFieldType.values());
		model.addAttribute("steps", settings.steps(user.acting()));
		model.addAttribute("tags", settings.tags(user.acting()));
		model.addAttribute("errors", errorSection == null ? Map.of() : Map.of(errorSection, error));
		return "admin/settings/page";
	}

	private static String section(FieldEntity entity) {
		return entity == FieldEntity.JOB ? "job-fields" : "customer-fields";
	}

	/** One list of custom fields on the page. */
	record FieldSection(String id, String title, FieldEntity entity,
			List<com.crewdesk.company.FieldDefinition> fields) {
	}

}
