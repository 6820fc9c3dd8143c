package com.crewdesk.dashboard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The upkeep of the job counts the dashboard reads (V20): the database keeps them exact
 * on every write (a statement-level trigger appends each statement's net change); this
 * folds the appended changes into one row per key.
 */
@Repository
class JobCountStore {

	private final JdbcClient jdbc;

	JobCountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Folds the changes of every company into the kept counts, in its own transaction.
	 * Reads across companies: a system path. Returns how many keys changed (0 as well
	 * when another instance is folding right now).
	 */
	long compact() {
		return jdbc.sql("SELECT job_counts_compact()").query(Long.class).single();
	}

}
