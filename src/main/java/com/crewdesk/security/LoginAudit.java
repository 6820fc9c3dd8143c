package com.crewdesk.security;

import com.crewdesk.database.Tenancy;
import com.crewdesk.audit.AuditEntry;
import com.crewdesk.audit.AuditKind;
import com.crewdesk.audit.AuditLog;
import com.crewdesk.staff.StaffRepository;
import com.crewdesk.staff.StaffUser;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Logins, failed logins (with the e-mail tried), lockouts and their lifting, and logouts
 * of the portal, from Spring Security's events and the login throttle's.
 */
@Component
class LoginAudit {

	private final AuditLog audit;

	private final StaffRepository staff;

	LoginAudit(AuditLog audit, StaffRepository staff) {
		this.audit = audit;
		this.staff = staff;
	}

	@EventListener
	void loggedIn(AuthenticationSuccessEvent event) {
		acrossCompanies(() -> {
			person(event.getAuthentication()).ifPresent(user -> audit
				.record(AuditEntry.of(user.companyId(), user.id(), user.email(), AuditKind.LOGIN, null, null)));
		});
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		acrossCompanies(() -> {
			String tried = event.getAuthentication().getName();
			Optional<StaffUser> user = person(event.getAuthentication());
			audit.record(AuditEntry.of(user.map(StaffUser::companyId).orElse(null),
					user.map(StaffUser::id).orElse(null), tried, AuditKind.LOGIN_FAILED, tried, reason(event)));
		});
	}

	/**
	 * Too many failed logins for one e-mail: recorded for that person's company when the
	 * e-mail is theirs.
	 */
	@EventListener
	void lockedOut(LoginLockedOut event) {
		acrossCompanies(() -> {
			Optional<StaffUser> user = staff.findByEmail(event.email().trim());
			audit.record(
					AuditEntry.of(user.map(StaffUser::companyId).orElse(null), user.map(StaffUser::id).orElse(null),
							event.email(), AuditKind.LOGIN_LOCKED_OUT, event.email(), "locked until " + event.until()),
					event.address());
		});
	}

	@EventListener
	void lockoutLifted(LockoutLifted event) {
		String admin = staff.findById(event.liftedBy()).map(StaffUser::email).orElse(null);
		audit.record(AuditEntry.of(event.companyId(), event.liftedBy(), admin, AuditKind.LOCKOUT_LIFTED, event.email(),
				"locked -> lifted"));
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		acrossCompanies(() -> {
			person(event.getAuthentication()).ifPresent(user -> audit
				.record(AuditEntry.of(user.companyId(), user.id(), user.email(), AuditKind.LOGOUT, null, null)));
		});
	}

	/**
	 * Login events come before anyone is logged in (or after they logged out), and the
	 * e-mail tried may be anyone's: the audit looks the person up in every company.
	 */
	private static void acrossCompanies(Runnable record) {
		Tenancy.acrossCompanies("login events are recorded for the company of the e-mail tried", record);
	}

	private Optional<StaffUser> person(Authentication authentication) {
		if (authentication == null || authentication.getName() == null || authentication.getName().isBlank()) {
			return Optional.empty();
		}
		return staff.findByEmail(authentication.getName().trim());
	}

	private static String reason(AbstractAuthenticationFailureEvent event) {
		String name = event.getClass().getSimpleName();
		return switch (name) {
			case "AuthenticationFailureDisabledEvent" -> "account deactivated";
			case "AuthenticationFailureLockedEvent" -> "account locked";
			default -> "wrong e-mail or password";
		};
	}

}
