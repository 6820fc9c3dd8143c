package com.crewdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

/**
 * Spring Session saves a page's session twice and reads it again before the second save;
 * within a request, SessionsSavedInRequest answers that read with the session the request
 * saved.
 */
class SessionsSavedInRequestTest {

	private final CountingSessions database = new CountingSessions();

	private final SessionsSavedInRequest<MapSession> sessions = new SessionsSavedInRequest<>(database);

	@Test
	void aSessionSavedInTheRequestIsNotReadAgainInThatRequest() throws Exception {
		MapSession stored = database.stored();
		AtomicReference<MapSession> saved = new AtomicReference<>();
		AtomicReference<MapSession> readAfterSave = new AtomicReference<>();

		inRequest((request, response) -> {
			saved.set(sessions.findById(stored.getId()));
			sessions.save(saved.get());
			readAfterSave.set(sessions.findById(stored.getId()));
		});

		assertThat(database.reads).isEqualTo(1);
		assertThat(readAfterSave.get()).isSameAs(saved.get());
	}

	@Test
	void theNextRequestReadsTheSessionFromTheDatabase() throws Exception {
		MapSession stored = database.stored();
		inRequest((request, response) -> sessions.save(sessions.findById(stored.getId())));

		inRequest((request, response) -> sessions.findById(stored.getId()));

		assertThat(database.reads).isEqualTo(2);
	}

	@Test
	void outsideARequestEveryReadGoesToTheDatabase() {
		MapSession stored = database.stored();
		sessions.save(sessions.findById(stored.getId()));
		sessions.findById(stored.getId());

		assertThat(database.reads).isEqualTo(2);
	}

	@Test
	void aSessionDeletedInTheRequestIsGone() throws Exception {
		MapSession stored = database.stored();
		AtomicReference<MapSession> afterDelete = new AtomicReference<>(stored);

		inRequest((request, response) -> {
			sessions.save(sessions.findById(stored.getId()));
			sessions.deleteById(stored.getId());
			afterDelete.set(sessions.findById(stored.getId()));
		});

		assertThat(afterDelete.get()).isNull();
	}

	private static void inRequest(FilterChain chain) throws Exception {
		SessionsSavedInRequest.scope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
	}

	/** The database's part: counts the reads. */
	private static final class CountingSessions implements FindByIndexNameSessionRepository<MapSession> {

		final Map<String, MapSession> saved = new HashMap<>();

		int reads;

		MapSession stored() {
			MapSession session = new MapSession();
			saved.put(session.getId(), session);
			return session;
		}

		@Override
		public MapSession createSession() {
			return new MapSession();
		}

		@Override
		public void save(MapSession session) {
			saved.put(session.getId(), new MapSession(session));
		}

		@Override
		public MapSession findById(String id) {
			reads++;
			MapSession session = saved.get(id);
			return session == null ? null : new MapSession(session);
		}

		@Override
		public void deleteById(String id) {
			saved.remove(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

}
