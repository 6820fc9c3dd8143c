package com.crewdesk.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The pool is never held twice by one caller: finding the caller's company may borrow a
 * connection of its own (loading the HTTP session does), so it happens before the
 * caller's connection is borrowed, and a failure on the way returns what was borrowed.
 * With one connection in the pool, borrowing first waited for a second connection that
 * could never come (in production: a burst of requests held all of them, each waiting,
 * and the timed-out lookups never returned theirs).
 */
@CrewdeskIntegrationTest
class ConnectionPoolIT {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	HikariDataSource onePool;

	ExecutorService requestThread;

	long acme;

	@BeforeEach
	void poolOfOne() throws SQLException {
		HikariDataSource app = (HikariDataSource) ((RowLevelSecurityDataSource) dataSource).getTargetDataSource();
		onePool = new HikariDataSource();
		onePool.setJdbcUrl(app.getJdbcUrl());
		onePool.setUsername(app.getUsername());
		onePool.setPassword(app.getPassword());
		onePool.setMaximumPoolSize(1);
		onePool.setConnectionTimeout(1_000);
		try (Connection started = onePool.getConnection()) {
			assertThat(started.isValid(1)).isTrue();
		}
		// A thread of its own: test threads run across companies, a request's does not.
		requestThread = Executors.newSingleThreadExecutor();
		acme = jdbc.sql("SELECT id FROM companies WHERE name = 'Acme Roofing'").query(Long.class).single();
	}

	@AfterEach
	void close() {
		requestThread.shutdownNow();
		onePool.close();
	}

	@Test
	void findingTheCallerWhoseLookupBorrowsAConnectionDoesNotWaitForASecondOne() throws Exception {
		RowLevelSecurityDataSource scoped = scopedBy(() -> {
			// As the session load does: a connection of the same pool, returned at once.
			JdbcClient.create(onePool).sql("SELECT 1").query(Integer.class).single();
			return acme;
		});

		Long companySeen = onRequestThread(() -> {
			try (Connection connection = scoped.getConnection()) {
				return JdbcClient.create(new SingleConnectionDataSource(connection, true))
					.sql("SELECT current_setting('crewdesk.company_id')::bigint")
					.query(Long.class)
					.single();
			}
		});

		assertThat(companySeen).isEqualTo(acme);
		assertThat(onePool.getHikariPoolMXBean().getActiveConnections()).isZero();
	}

	@Test
	void aCallerLookupThatFailsLeavesNoConnectionBorrowed() throws Exception {
		RowLevelSecurityDataSource scoped = scopedBy(() -> {
			throw new IllegalStateException("the session could not be read");
		});

		assertThatThrownBy(() -> onRequestThread(() -> {
			try (Connection connection = scoped.getConnection()) {
				return connection.isValid(1);
			}
		})).hasRootCauseMessage("the session could not be read");

		assertThat(onePool.getHikariPoolMXBean().getActiveConnections()).isZero();
		try (Connection again = onePool.getConnection()) {
			assertThat(again.isValid(1)).isTrue();
		}
	}

	private RowLevelSecurityDataSource scopedBy(CompanyOfCaller caller) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("caller", caller));
		return new RowLevelSecurityDataSource(onePool, beans.getBeanProvider(CompanyOfCaller.class));
	}

	private <T> T onRequestThread(Callable<T> work) throws Exception {
		Future<T> result = requestThread.submit(work);
		return result.get(10, TimeUnit.SECONDS);
	}

}
