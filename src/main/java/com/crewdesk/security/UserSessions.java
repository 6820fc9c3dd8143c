package com.crewdesk.security;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * A staff member's own logged-in sessions (stored by Spring Session JDBC): listed, and
 * ended from elsewhere.
 */
@Service
public class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Newest activity first; {@code currentId} marks the session of the request. */
	public List<ActiveSession> of(CrewdeskUser user, String currentId) {
		return byEmail(user).entrySet().stream().filter(entry -> !entry.getValue().isExpired()).map(entry -> {
			Session session = entry.getValue();
			return new ActiveSession(session.getCreationTime(), session.getLastAccessedTime(),
					session.getLastAccessedTime().plus(session.getMaxInactiveInterval()),
					entry.getKey().equals(currentId));
		}).sorted(Comparator.comparing(ActiveSession::lastActive).reversed()).toList();
	}

	/**
	 * Logs the user out everywhere but in {@code currentId}; answers how many sessions
	 * ended.
	 */
	public int endAllBut(CrewdeskUser user, String currentId) {
		int ended = 0;
		for (String id : byEmail(user).keySet()) {
			if (!id.equals(currentId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

	private Map<String, ? extends Session> byEmail(CrewdeskUser user) {
		return sessions.findByPrincipalName(user.getUsername());
	}

}
