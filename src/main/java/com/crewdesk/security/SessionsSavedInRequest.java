package com.crewdesk.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's repository, handing a request the session that request has saved
 * rather than reading it again. SessionRepositoryFilter saves the session when the
 * response is committed (a page is flushed while it is written) and once more when the
 * request ends; before that second save it asks the repository for the requested session
 * again, only to learn its id: one more SELECT of the session and its attributes on every
 * page. That request now gets the session it saved a moment before, the same object: the
 * second save writes that object whatever the read returns, and the read only tells the
 * requested session's id. Sessions are kept per request thread, only while
 * {@link #scope()} runs around Spring Session's filter; any other call, and any session
 * not saved by this request, is read from the database as before.
 */
final class SessionsSavedInRequest<S extends Session> implements FindByIndexNameSessionRepository<S> {

	private static final ThreadLocal<Map<String, Session>> SAVED = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<S> sessions;

	SessionsSavedInRequest(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	/** The repository underneath, for tests. */
	FindByIndexNameSessionRepository<S> unwrapped() {
		return sessions;
	}

	/**
	 * The filter that opens the request's keeping before Spring Session's filter and
	 * drops what it kept when the request ends.
	 */
	static Filter scope() {
		return new Filter() {
			@Override
			public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
					throws IOException, ServletException {
				if (SAVED.get() != null) {
					chain.doFilter(request, response);
					return;
				}
				SAVED.set(new HashMap<>());
				try {
					chain.doFilter(request, response);
				}
				finally {
					SAVED.remove();
				}
			}
		};
	}

	@Override
	public S createSession() {
		return sessions.createSession();
	}

	@Override
	public void save(S session) {
		sessions.save(session);
		Map<String, Session> saved = SAVED.get();
		if (saved != null) {
			saved.put(session.getId(), session);
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public S findById(String id) {
		Map<String, Session> saved = SAVED.get();
		if (saved != null && saved.containsKey(id)) {
			return (S) saved.get(id);
		}
		return sessions.findById(id);
	}

	@Override
	public void deleteById(String id) {
		Map<String, Session> saved = SAVED.get();
		if (saved != null) {
			saved.remove(id);
		}
		sessions.deleteById(id);
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return sessions.findByIndexNameAndIndexValue(indexName, indexValue);
	}

}
