package com.crewdesk.admin.audit;

import com.crewdesk.audit.AuditFilter;
import com.crewdesk.audit.AuditKind;
import com.crewdesk.audit.AuditLog;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.staff.StaffService;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log page: filter by person, kind and day; newest first; 50 a page. Read-only
 * by design.
 */
@Controller
class AuditController {

	private final AuditLog audit;

	private final StaffService staff;

	private final com.crewdesk.company.CompanySettingsService settings;

	AuditController(AuditLog audit, StaffService staff, com.crewdesk.company.CompanySettingsService settings) {
		this.audit = audit;
		this.staff = staff;
		this.settings = settings;
	}

	@GetMapping("/admin/audit")
	String list(@AuthenticationPrincipal CrewdeskUser user, @RequestParam(required = false) String person,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "1") String page, Model model) {
		StaffService.requireAdmin(user.acting());
		AuditFilter filter = new AuditFilter(uuid(person), kind(kind), date(from), date(to),
				settings.zone(user.companyId()), number(page));
		model.addAttribute("entries", audit.find(user.companyId(), filter));
		model.addAttribute("filter", filter);
		model.addAttribute("people", staff.list(user.acting(), null, null));
		model.addAttribute("kinds", AuditKind.values());
		return "admin/audit/list";
	}

	private static UUID uuid(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static AuditKind kind(String value) {
		return Arrays.stream(AuditKind.values()).filter(k -> k.name().equals(value)).findFirst().orElse(null);
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static int number(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
