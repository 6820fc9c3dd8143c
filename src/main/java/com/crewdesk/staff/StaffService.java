package com.crewdesk.staff;

import org.springframework.dao.DuplicateKeyException;
import com.crewdesk.audit.Acting;
import com.crewdesk.audit.AuditEntry;
import com.crewdesk.audit.AuditKind;
import com.crewdesk.audit.AuditLog;
import com.crewdesk.patch.Actor;
import com.crewdesk.patch.Role;
import com.crewdesk.patch.Rulebook;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes, deactivates and reactivates a company's staff and resets their
 * passwords: admins only, every change audited. The company never loses its last active
 * admin.
 */
@Service
public class StaffService {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final StaffStore store;

	private final StaffSessions sessions;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	StaffService(StaffStore store, StaffSessions sessions, PasswordEncoder passwords, AuditLog audit) {
		this.store = store;
		this.sessions = sessions;
		this.passwords = passwords;
		this.audit = audit;
	}

	/** A person to add; a blank {@code password} lets the portal generate one. */
	public record NewPerson(String name, String email, String phone, Role role, String password) {
	}

	/** The person added and the temporary password to show once. */
	public record Added(StaffMember person, String temporaryPassword) {
	}

	@Transactional(readOnly = true)
	public List<StaffMember> list(Acting admin, String query, Role role) {
		requireAdmin(admin);
		return store.list(admin.companyId(), query, role);
	}

	@Transactional(readOnly = true)
	public StaffMember get(Acting admin, UUID id) {
		requireAdmin(admin);
		return store.find(admin.companyId(), id).orElseThrow(StaffNotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<OpenJob> openJobs(Acting admin, UUID id) {
		return store.openJobs(admin.companyId(), get(admin, id).id(), 50);
	}

	@Transactional
	public Added add(Acting admin, NewPerson person) {
		requireAdmin(admin);
		String name = required("name", person.name(), 120);
		String email = required("email", person.email(), 254).toLowerCase(Locale.ROOT);
		if (!EMAIL.matcher(email).matches()) {
			throw new StaffChangeRejected("email", "must be an e-mail address");
		}
		if (store.emailTaken(email)) {
			throw new StaffChangeRejected("email", "already belongs to an account");
		}
		Role role = requiredRole(person.role());
		String phone = optional("phone", person.phone(), 40);
		String password = blank(person.password()) ? PasswordPolicy.generate() : person.password();
		PasswordPolicy.problem(password, email).ifPresent(problem -> {
			throw new StaffChangeRejected("password", "Temporary password " + problem);
		});
		UUID id = UUID.randomUUID();
		try {
			store.insert(admin.companyId(), id, email, name, phone, role, passwords.encode(password));
		}
		catch (DuplicateKeyException ex) {
			// The e-mail is another company's login: this company's rows (row-level
			// security) could not show it, its unique index does.
			throw new StaffChangeRejected("email", "already belongs to an account");
		}
		audit.record(admin.entry(AuditKind.STAFF_ADDED, name + " <" + email + ">", "role " + role.label()));
		return new Added(store.find(admin.companyId(), id).orElseThrow(), password);
	}

	@Transactional
	public StaffMember update(Acting admin, UUID id, String newName, String newPhone, Role newRole) {
		StaffMember person = get(admin, id);
		String name = required("name", newName, 120);
		String phone = optional("phone", newPhone, 40);
		Role role = requiredRole(newRole);
		if (person.role() != role && administers(person.role()) && !administers(role) && person.active()) {
			requireAnotherAdmin(admin, person, "demote");
		}
		store.update(admin.companyId(), id, name, phone, role);
		String subject = person.displayName() + " <" + person.email() + ">";
		if (!person.displayName().equals(name) || !Objects.equals(person.phone(), phone)) {
			audit.record(admin.entry(AuditKind.STAFF_CHANGED, subject, changes(person, name, phone)));
		}
		if (person.role() != role) {
			audit.record(admin.entry(AuditKind.ROLE_CHANGED, subject,
					AuditEntry.change(person.role().label(), role.label())));
			// The new role applies from the person's next login.
			sessions.endAll(person.email());
		}
		return store.find(admin.companyId(), id).orElseThrow();
	}

	@Transactional
	public StaffMember setActive(Acting admin, UUID id, boolean active) {
		StaffMember person = get(admin, id);
		if (person.active() == active) {
			return person;
		}
		if (!active && administers(person.role())) {
			requireAnotherAdmin(admin, person, "deactivate");
		}
		store.setActive(admin.companyId(), id, active);
		if (!active) {
			sessions.endAll(person.email());
		}
		audit.record(admin.entry(active ? AuditKind.STAFF_REACTIVATED : AuditKind.STAFF_DEACTIVATED,
				person.displayName() + " <" + person.email() + ">", null));
		return store.find(admin.companyId(), id).orElseThrow();
	}

	/**
	 * Sets a temporary password (chosen, or generated when blank) that must be changed at
	 * the next login.
	 */
	@Transactional
	public String resetPassword(Acting admin, UUID id, String chosen) {
		StaffMember person = get(admin, id);
		String password = blank(chosen) ? PasswordPolicy.generate() : chosen;
		PasswordPolicy.problem(password, person.email()).ifPresent(problem -> {
			throw new StaffChangeRejected("password", "Temporary password " + problem);
		});
		store.setPassword(admin.companyId(), id, passwords.encode(password), true);
		sessions.endAll(person.email());
		audit.record(admin.entry(AuditKind.PASSWORD_RESET, person.displayName() + " <" + person.email() + ">", null));
		return password;
	}

	/** The roles whose people administer the company, as the Rulebook says. */
	static List<Role> adminRoles() {
		return Arrays.stream(Role.values()).filter(StaffService::administers).toList();
	}

	private static boolean administers(Role role) {
		return Rulebook.administersCompany(Actor.staff(null, role));
	}

	private void requireAnotherAdmin(Acting admin, StaffMember person, String action) {
		if (store.countActive(admin.companyId(), adminRoles()) <= 1) {
			String who = admin.actor().is(person.id()) ? "yourself" : person.displayName();
			throw new StaffChangeRejected(action.equals("demote") ? "role" : "active", "You cannot " + action + " "
					+ who + ": this is the company's last active admin. Make someone else an admin first.");
		}
	}

	/** Refuses (403) anyone the Rulebook does not let administer the company. */
	public static void requireAdmin(Acting admin) {
		if (!Rulebook.administersCompany(admin.actor())) {
			throw new AccessDeniedException("only admins manage staff");
		}
	}

	private static String changes(StaffMember person, String name, String phone) {
		StringBuilder change = new StringBuilder();
		if (!person.displayName().equals(name)) {
			change.append("name: ").append(AuditEntry.change(person.displayName(), name));
		}
		if (!Objects.equals(person.phone(), phone)) {
			change.append(change.isEmpty() ? "" : "; ")
				.append("phone: ")
				.append(AuditEntry.change(person.phone(), phone));
		}
		return change.toString();
	}

	private static Role requiredRole(Role role) {
		if (role == null) {
			throw new StaffChangeRejected("role", "choose a role");
		}
		return role;
	}

	private static String required(String field, String value, int max) {
		if (blank(value)) {
			throw new StaffChangeRejected(field, "must not be blank");
		}
		return optional(field, value, max);
	}

	private static String optional(String field, String value, int max) {
		if (blank(value)) {
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.length() > max) {
			throw new StaffChangeRejected(field, "must be at most " + max + " characters");
		}
		return trimmed;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
