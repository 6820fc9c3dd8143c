package com.crewdesk.jobs.list;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
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

	/** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
	private static final String QUERY_CANCELED = "57014";

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

	/**
	 * Counts the rows of a query that selects at most CAP + 1 of them. The budget bounds
	 * the statement as well as the reading: a plan that must read everything before its
	 * first match (a bitmap over a rare search term within one status took 90 ms on a
	 * million jobs) would otherwise be waited for in full, however often the clock is
	 * read between chunks. A statement cut short says "at least" the matches that had
	 * arrived.
	 */
	public JobCount count(String sql, Map<String, Object> params) {
		long deadline = System.nanoTime() + budget.toNanos();
		long[] matches = { 0 };
		// PostgreSQL hands out a result in chunks (fetch size) only inside a transaction.
		return readOnly.execute(status -> {
			streaming.getJdbcTemplate()
				.queryForObject("SELECT set_config('statement_timeout', ?, true)", String.class,
						Math.max(1, budget.toMillis()) + "ms");
			try {
				return streaming.query(sql, params, (ResultSet rows) -> {
					while (rows.next()) {
						matches[0]++;
						if (matches[0] % CHUNK == 0 && System.nanoTime() - deadline > 0) {
							return JobCount.atLeast(matches[0]);
						}
					}
					return JobCount.ofCounted(matches[0]);
				});
			}
			catch (DataAccessException ex) {
				if (!cancelledByTimeout(ex)) {
					throw ex;
				}
				status.setRollbackOnly();
				return JobCount.atLeast(matches[0]);
			}
		});
	}

	private static boolean cancelledByTimeout(DataAccessException ex) {
		return ex.getMostSpecificCause() instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState());
	}

}
