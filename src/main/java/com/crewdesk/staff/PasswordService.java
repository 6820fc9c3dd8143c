package com.crewdesk.staff;

import com.crewdesk.audit.Acting;
import com.crewdesk.audit.AuditKind;
import com.crewdesk.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every user changes their own password: the current one first, then a new one the policy
 * accepts.
 */
@Service
public class PasswordService {

	private final StaffStore store;

	private final StaffSessions sessions;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	PasswordService(StaffStore store, StaffSessions sessions, PasswordEncoder passwords, AuditLog audit) {
		this.store = store;
		this.sessions = sessions;
		this.passwords = passwords;
		this.audit = audit;
	}

	/**
	 * Changes the password and ends the person's other sessions ({@code sessionId} is
	 * kept).
	 */
	@Transactional
	public void change(Acting self, String email, String sessionId, String current, String next, String confirm) {
		String hash = store.passwordHash(self.companyId(), self.staffId()).orElseThrow(StaffNotFoundException::new);
		if (current == null || !passwords.matches(current, hash)) {
			throw new StaffChangeRejected("current", "is not your current password");
		}
		PasswordPolicy.problem(next, email).ifPresent(problem -> {
			throw new StaffChangeRejected("password", "New password " + problem);
		});
		if (next.equals(current)) {
			throw new StaffChangeRejected("password", "New password must differ from the current one");
		}
		if (!next.equals(confirm)) {
			throw new StaffChangeRejected("confirm", "does not match the new password");
		}
		store.setPassword(self.companyId(), self.staffId(), passwords.encode(next), false);
		sessions.endAllBut(email, sessionId);
		audit.record(self.entry(AuditKind.PASSWORD_CHANGED, email, null));
	}

}
