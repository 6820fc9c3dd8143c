package com.crewdesk.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inserts plain Acme jobs for tests that need many of their own (one batched statement).
 */
@Component
class TestJobs {

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final JobNumberSequence numbers;

	TestJobs(JdbcTemplate jdbcTemplate, JdbcClient jdbc, JobNumberSequence numbers) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.numbers = numbers;
	}

	List<UUID> create(int count, String title) {
		long company = jdbc.sql("SELECT id FROM companies WHERE name = 'Acme Roofing'").query(Long.class).single();
		UUID customer = jdbc.sql("SELECT id FROM customers WHERE company_id = :c AND active ORDER BY id LIMIT 1")
			.param("c", company)
			.query(UUID.class)
			.single();
		long first = numbers.reserve(company, count);
		List<UUID> ids = new ArrayList<>(count);
		List<Object[]> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			ids.add(id);
			rows.add(new Object[] { id, company, JobNumberSequence.format(first + i), title, customer });
		}
		jdbcTemplate.batchUpdate(
				"INSERT INTO jobs (uuid, company_id, job_number, title, customer_id) VALUES (?, ?, ?, ?, ?)", rows);
		return ids;
	}

}
