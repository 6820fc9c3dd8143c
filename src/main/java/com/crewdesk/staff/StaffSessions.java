package com.crewdesk.staff;

import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a person's HTTP sessions. Sessions live in PostgreSQL (Spring Session JDBC),
 * indexed by the principal name (the e-mail), so a deleted session is refused by every
 * instance on its next request.
 */
@Component
public class StaffSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	StaffSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	public void endAll(String email) {
		endAllBut(email, null);
	}

	/**
	 * Ends every session of the person except {@code keep} (the one making the request).
	 */
	public void endAllBut(String email, String keep) {
		Map<String, ? extends Session> found = sessions.findByPrincipalName(email);
		found.keySet().stream().filter(id -> !id.equals(keep)).forEach(sessions::deleteById);
	}

}
