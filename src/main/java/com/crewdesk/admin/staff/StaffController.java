package com.crewdesk.admin.staff;

import com.crewdesk.patch.Role;
import com.crewdesk.patch.Rulebook;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.staff.StaffChangeRejected;
import com.crewdesk.staff.StaffMember;
import com.crewdesk.staff.StaffService;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
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
 * The staff screens: list with search and role filter, add, edit, deactivate/reactivate,
 * reset password.
 */
@Controller
@RequestMapping("/admin/staff")
class StaffController {

	private final StaffService staff;

	StaffController(StaffService staff) {
		this.staff = staff;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CrewdeskUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String role, Model model) {
		Role chosen = role(role);
		model.addAttribute("people", staff.list(user.acting(), q, chosen));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("role", chosen == null ? "" : chosen.name());
		model.addAttribute("roles", Role.values());
		return "admin/staff/list";
	}

	@GetMapping("/new")
	String newPerson(@AuthenticationPrincipal CrewdeskUser user, Model model) {
		StaffService.requireAdmin(user.acting());
		// The role offered first is the one people are most often added with: someone who
		// takes jobs in the field.
		String role = Arrays.stream(Role.values())
			.filter(Rulebook::takesJobsInTheField)
			.findFirst()
			.map(Role::name)
			.orElse("");
		return form(model, new StaffForm("", "", "", role, ""), Map.of());
	}

	@PostMapping
	String add(@AuthenticationPrincipal CrewdeskUser user, StaffForm form, Model model) {
		try {
			StaffService.Added added = staff.add(user.acting(), new StaffService.NewPerson(form.name(), form.email(),
					form.phone(), role(form.role()), form.password()));
			model.addAttribute("person", added.person());
			model.addAttribute("password", added.temporaryPassword());
			model.addAttribute("heading", added.person().displayName() + " was added");
			return "admin/staff/password";
		}
		catch (StaffChangeRejected ex) {
			return form(model, form, Map.of(ex.field(), ex.getMessage()));
		}
	}

	@GetMapping("/{id}")
	String edit(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID id, Model model) {
		StaffMember person = staff.get(user.acting(), id);
		return editPage(user, person, StaffForm.of(person), Map.of(), model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID id, StaffForm form, Model model,
			RedirectAttributes redirect) {
		try {
			StaffMember person = staff.update(user.acting(), id, form.name(), form.phone(), role(form.role()));
			redirect.addFlashAttribute("toast", person.displayName() + " saved.");
			return "redirect:/admin/staff/" + id;
		}
		catch (StaffChangeRejected ex) {
			return editPage(user, staff.get(user.acting(), id), form, Map.of(ex.field(), ex.getMessage()), model);
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID id, Model model,
			RedirectAttributes redirect) {
		return setActive(user, id, false, model, redirect);
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID id, Model model,
			RedirectAttributes redirect) {
		return setActive(user, id, true, model, redirect);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID id,
			@RequestParam(required = false) String password, Model model) {
		StaffMember person = staff.get(user.acting(), id);
		try {
			model.addAttribute("password", staff.resetPassword(user.acting(), id, password));
			model.addAttribute("person", person);
			model.addAttribute("heading", "New temporary password for " + person.displayName());
			return "admin/staff/password";
		}
		catch (StaffChangeRejected ex) {
			return editPage(user, person, StaffForm.of(person), Map.of(ex.field(), ex.getMessage()), model);
		}
	}

	private String setActive(CrewdeskUser user, UUID id, boolean active, Model model, RedirectAttributes redirect) {
		try {
			StaffMember person = staff.setActive(user.acting(), id, active);
			redirect.addFlashAttribute("toast", person.displayName() + (active ? " reactivated." : " deactivated."));
			return "redirect:/admin/staff/" + id;
		}
		catch (StaffChangeRejected ex) {
			StaffMember person = staff.get(user.acting(), id);
			return editPage(user, person, StaffForm.of(person), Map.of(ex.field(), ex.getMessage()), model);
		}
	}

	private String editPage(CrewdeskUser user, StaffMember person, StaffForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("person", person);
		model.addAttribute("openJobs", staff.openJobs(user.acting(), person.id()));
		model.addAttribute("self", user.staffId().equals(person.id()));
		form(model, form, errors);
		return "admin/staff/edit";
	}

	private static String form(Model model, StaffForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		return "admin/staff/new";
	}

	private static Role role(String name) {
		return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
	}

}
