package com.crewdesk.jobs.list;

import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the jobs a list matches, up to {@link JobCount#CAP} and within a time budget. A
 * capped count costs the rows read until the cap is reached: a handful for a common
 * status, tens of thousands for a rare combination (a search term within one status reads
 * ~25,000 rows on a million jobs). So the matches are streamed in chunks, and once the
 * budget is spent the list says "at least N" instead of waiting for the rest.
 */
@Component
public class JobListCount {

	/**
	 * Matches arrive in chunks of this many; the clock is read between chunks, so fewer
	 * are always exact.
	 */
	static final int CHUNK = 100;

	private final NamedParameterJdbcTemplate streaming;

	private final TransactionTemplate readOnly;

	private final Duration budget;

	public JobListCount(DataSource dataSource, PlatformTransactionManager transactions,
			@Value("${crewdesk.list.count-budget}") Duration budget) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(CHUNK);
		this.streaming = new NamedParameterJdbcTemplate(template);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.budget = budget;
	}

	/** Counts the rows of a query that selects at most CAP + 1 of them. */
	public JobCount count(String sql, Map<String, Object> params) {
		long deadline = System.nanoTime() + budget.toNanos();
		// PostgreSQL hands out a result in chunks (fetch size) only inside a transaction.
		return readOnly.execute(status -> streaming.query(sql, params, (ResultSet rows) -> {
			long matches = 0;
			while (rows.next()) {
				matches++;
				if (matches % CHUNK == 0 && System.nanoTime() - deadline > 0) {
					return JobCount.atLeast(matches);
				}
			}
			return JobCount.ofCounted(matches);
		}));
	}

}
