package com.crewdesk.jobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out per-company job numbers (JOB-000123). The counter row is locked by the UPDATE
 * until the surrounding transaction ends, so concurrent creates wait for each other and
 * never share a number.
 */
@Component
public class JobNumberSequence {

	/**
	 * Every job number is this and digits (a CHECK constraint holds it; the list's search
	 * relies on it).
	 */
	public static final String PREFIX = "JOB-";

	private final JdbcClient jdbc;

	JobNumberSequence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String next(long companyId) {
		return format(reserve(companyId, 1));
	}

	/**
	 * Reserves {@code count} numbers at once and returns the first; the rest follow
	 * consecutively.
	 */
	public long reserve(long companyId, int count) {
		jdbc.sql("INSERT INTO job_number_counters (company_id) VALUES (:c) ON CONFLICT DO NOTHING")
			.param("c", companyId)
			.update();
		long last = jdbc.sql("""
				UPDATE job_number_counters SET last_number = last_number + :n
				WHERE company_id = :c RETURNING last_number""")
			.param("n", count)
			.param("c", companyId)
			.query(Long.class)
			.single();
		return last - count + 1;
	}

	public static String format(long number) {
		return PREFIX + String.format("%06d", number);
	}

}
