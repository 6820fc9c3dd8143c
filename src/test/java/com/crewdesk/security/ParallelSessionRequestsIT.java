package com.crewdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Right after a login the session has no CSRF token yet: pages requested in parallel
 * (several tabs, a benchmark's clients) each add one. None of them may fail.
 */
@CrewdeskIntegrationTest
class ParallelSessionRequestsIT {

	@LocalServerPort
	int port;

	@Test
	void pagesRequestedInParallelRightAfterTheLoginAllAnswer() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (int round = 0; round < 5; round++) {
				WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> answers = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					answers.add(pool.submit(() -> {
						start.await();
						return session.get("/jobs?status=Scheduled").statusCode();
					}));
				}
				start.countDown();
				for (Future<Integer> answer : answers) {
					assertThat(answer.get()).isEqualTo(200);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
