package com.crewdesk.jobs.list;

import com.crewdesk.patch.JobStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the jobs list: one page, a capped count, or every matching row for the CSV
 * export. Names of customers and assignees come from joins, never from a query per row.
 */
@Repository
public class JobListQuery {

	/**
	 * By position and with the driver's own types: no reflection, no failed conversions
	 * per row.
	 */
	private static final RowMapper<JobListRow> ROW = (rs, n) -> new JobListRow(rs.getObject(1, UUID.class),
			rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
			rs.getString(7), rs.getObject(8, UUID.class), rs.getString(9), rs.getObject(10, LocalDate.class),
			rs.getObject(11, LocalTime.class), rs.getObject(12, LocalTime.class), rs.getBigDecimal(13),
			instant(rs.getObject(14, OffsetDateTime.class)), instant(rs.getObject(15, OffsetDateTime.class)),
			rs.getLong(16));

	private static final String COLUMNS = """
			j.uuid, j.job_number, j.title, j.customer_id, %s AS customer_name, j.status, j.priority,
			j.assigned_to_user_id AS assignee_id, s.display_name AS assignee_name, j.scheduled_date,
			j.scheduled_time_start, j.scheduled_time_end, j.estimated_amount, j.updated_at, j.deleted_at, j.version"""
		.formatted(JobListSql.CUSTOMER_NAME);

	private static final String CUSTOMER_JOIN = "JOIN customers c ON c.company_id = j.company_id AND c.id = j.customer_id";

	private static final String ASSIGNEE_JOIN = "LEFT JOIN staff_users s ON s.company_id = j.company_id AND s.id = j.assigned_to_user_id";

	private static final String JOINS = CUSTOMER_JOIN + "\n" + ASSIGNEE_JOIN;

	/**
	 * Picks the page's ids first (from an index, joining only what the sort needs), then
	 * reads those rows with their names: an OFFSET then skips index entries, not joined
	 * rows.
	 */
	private static final String PAGE = """
			SELECT %1$s
			FROM (SELECT j.id FROM jobs j %2$s
			      WHERE %3$s
			      ORDER BY %4$s
			      LIMIT :limit OFFSET :offset) page
			JOIN jobs j ON j.id = page.id
			%5$s
			ORDER BY %4$s""";

	/**
	 * The same for a filter known to match few jobs: its matches come from whichever
	 * index finds them cheapest (the LIMIT keeps PostgreSQL from planning them in the
	 * sort's order), with what the sort needs, so that sorting them needs no second
	 * lookup per match (reading the 4,700 jobs of a week by id again took 26 ms), and
	 * only they are sorted. Newest activity first (the default) needs the id and
	 * updated_at, which the scheduled date's index holds (V25): a week's page then reads
	 * no row of the table but its own 50 (1.6 ms, against 15–20 ms for the week's whole
	 * rows). Any other sort reads whole rows.
	 */
	private static final String PAGE_OF_FEW = """
			SELECT %1$s
			FROM (SELECT j.id
			      FROM (SELECT %6$s FROM jobs j WHERE %3$s LIMIT :few) j %2$s
			      ORDER BY %4$s
			      LIMIT :limit OFFSET :offset) page
			JOIN jobs j ON j.id = page.id
			%5$s
			ORDER BY %4$s""";

	/**
	 * PAGE_OF_FEW for a search the planner expects to match few jobs: the matches are
	 * found once, then both counted and cut into the page, in one statement. Counting
	 * them on their own repeated the search's index scan (on a million jobs, the digits
	 * of a job number cost 9 ms a scan, and the count then ran out of its budget: "51+"
	 * for 283 matches). The count is exact up to :few - 1; above, the caller falls back.
	 */
	private static final String PAGE_OF_FEW_COUNTED = """
			WITH matches AS MATERIALIZED (SELECT %6$s FROM jobs j WHERE %3$s LIMIT :few)
			SELECT %1$s, (SELECT count(*) FROM matches) AS matched
			FROM (SELECT j.id FROM matches j %2$s
			      ORDER BY %4$s
			      LIMIT :limit OFFSET :offset) page
			JOIN jobs j ON j.id = page.id
			%5$s
			ORDER BY %4$s""";

	/**
	 * A search whose estimated matches are at most this many is read whole, counted and
	 * sorted in one statement (PAGE_OF_FEW_COUNTED). The planner's estimates of text
	 * search on a million jobs were within a factor of three (a job number's digits: 774
	 * for 283); a wrong one costs a read of up to CAP rows before the usual page.
	 */
	static final long FEW_EXPECTED = 2_000;

	/**
	 * Sorted by assignee: each staff member's first :reach jobs (from
	 * jobs_list_assignee_idx, in id order) and the first :reach unassigned ones are
	 * enough to cut any page up to :reach, since every assignee's jobs are contiguous in
	 * this order. A plain ORDER BY on the joined name would sort every matching job.
	 */
	private static final String PAGE_BY_ASSIGNEE = """
			SELECT %1$s
			FROM (SELECT u.id FROM (
			        SELECT x.id, s.display_name AS name, s.id AS staff
			        FROM staff_users s
			        CROSS JOIN LATERAL (SELECT j.id FROM jobs j WHERE %2$s AND j.assigned_to_user_id = s.id
			                            ORDER BY j.id %3$s LIMIT :reach) x
			        WHERE s.company_id = :company
			        UNION ALL
			        (SELECT j.id, NULL, NULL FROM jobs j WHERE %2$s AND j.assigned_to_user_id IS NULL
			         ORDER BY j.id %3$s LIMIT :reach)) u
			      ORDER BY u.name %3$s, u.staff %3$s, u.id %3$s
			      LIMIT :limit OFFSET :offset) page
			JOIN jobs j ON j.id = page.id
			%4$s
			ORDER BY %5$s""";

	/**
	 * The whole live list sorted by customer: the customers in name order
	 * (customers_list_name_idx), each followed by its jobs in id order
	 * (jobs_list_customer_idx), and the page cut from that stream as it comes. Only for
	 * the unfiltered list: with a filter the per-customer walk checks each job in the
	 * heap (a status took 1.4 s).
	 * <p>
	 * The page's order is the order of the join's output, so nothing may sort it again:
	 * there is no ORDER BY around the join. An ORDER BY on the customer alone let the
	 * planner put its (unstable) sort above the join, and pages then repeated and skipped
	 * jobs of one customer; one that ends with the job id sorts every job before the page
	 * again (page 1,000 of a million jobs: 33–44 ms against 13–20 ms). The customers come
	 * sorted from their own subquery, which OFFSET 0 keeps from being merged into the
	 * join; a LATERAL subquery with its own ORDER BY is always joined by a nested loop,
	 * which hands over its outer rows in order and each one's inner rows in theirs.
	 * JobListQueryIT checks the plan has that shape and the pages follow one another.
	 */
	private static final String PAGE_BY_CUSTOMER = """
			SELECT %1$s
			FROM (SELECT x.id
			      FROM (SELECT c.id FROM customers c WHERE c.company_id = :company
			            ORDER BY c.list_name %3$s, c.id %3$s OFFSET 0) c
			      CROSS JOIN LATERAL (SELECT j.id FROM jobs j WHERE %2$s AND j.customer_id = c.id
			                          ORDER BY j.id %3$s) x
			      LIMIT :limit OFFSET :offset) page
			JOIN jobs j ON j.id = page.id
			%4$s
			ORDER BY %5$s""";

	/**
	 * Several statuses, newest activity first: each status's first :reach jobs from
	 * jobs_list_status_updated_idx, merged. Walking the updated_at index and skipping the
	 * other statuses' jobs costs a read per skipped job.
	 */
	private static final String PAGE_BY_STATUS_UPDATED = """
			SELECT %1$s
			FROM (SELECT x.id FROM unnest(CAST(:statusList AS text[])) AS st(status)
			      CROSS JOIN LATERAL (SELECT j.id, j.updated_at FROM jobs j WHERE %2$s AND j.status = st.status
			                          ORDER BY j.updated_at %3$s, j.id %3$s LIMIT :reach) x
			      ORDER BY x.updated_at %3$s, x.id %3$s
			      LIMIT :limit OFFSET :offset) page
			JOIN jobs j ON j.id = page.id
			%4$s
			ORDER BY %5$s""";

	private static final String COUNT = """
			SELECT 1 FROM jobs j WHERE %s LIMIT :cap""";

	private static final String MATCHES = """
			SELECT 1 FROM jobs j WHERE %s""";

	/**
	 * Estimates above this many matches are shown as "about N"; below it the list counts,
	 * so that a total up to the cap is never an estimate.
	 */
	static final long ABOUT_FROM = 2L * JobCount.CAP;

	private static final String EXPORT = """
			SELECT %s FROM jobs j
			%s
			WHERE %s
			ORDER BY %s""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	private final JobListCount counter;

	private final JobListEstimate estimate;

	private final JobListKeptCount kept;

	public JobListQuery(JdbcClient jdbc, DataSource dataSource, JobListCount counter, JobListEstimate estimate,
			JobListKeptCount kept) {
		this.jdbc = jdbc;
		this.counter = counter;
		this.estimate = estimate;
		this.kept = kept;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		// PostgreSQL streams a result in chunks of this many rows, but only inside a
		// transaction.
		template.setFetchSize(1000);
		this.streaming = new NamedParameterJdbcTemplate(template);
	}

	public JobListPage page(JobListScope scope, JobListRequest request) {
		if (request.filter().search() != null && expectedFew(scope, request.filter())) {
			Optional<JobListPage> few = pageOfFewCounted(scope, request);
			if (few.isPresent()) {
				return few.get();
			}
		}
		JobCount countedFirst = countsFirst(request.filter()) ? count(scope, request.filter()) : null;
		Statement page = countedFirst != null && countedFirst.isExact() ? pageOfFewStatement(scope, request)
				: pageStatement(scope, request);
		List<JobListRow> rows = jdbc.sql(page.sql()).params(page.params()).query(ROW).list();
		boolean hasNext = rows.size() > request.size();
		long seen = rows.isEmpty() ? 0 : request.offset() + rows.size();
		JobCount total;
		if (countedFirst != null) {
			total = countedFirst.noFewerThan(seen);
		}
		else if (lastPage(request, rows, hasNext)) {
			total = JobCount.exact(request.offset() + rows.size());
		}
		else {
			total = count(scope, request.filter()).noFewerThan(seen);
		}
		return new JobListPage(hasNext ? rows.subList(0, request.size()) : rows, total, hasNext);
	}

	private boolean expectedFew(JobListScope scope, JobFilter filter) {
		Statement matches = matchesStatement(scope, filter);
		return estimate.rows(matches.sql(), matches.params()) <= FEW_EXPECTED;
	}

	/**
	 * The page and the exact total of a filter from one read of its matches, or empty
	 * when they turn out more than {@link JobCount#CAP} (or the page lies past the end,
	 * which tells no total).
	 */
	Optional<JobListPage> pageOfFewCounted(JobListScope scope, JobListRequest request) {
		Statement statement = pageOfFewCountedStatement(scope, request);
		List<Counted> rows = jdbc.sql(statement.sql())
			.params(statement.params())
			.query((rs, n) -> new Counted(ROW.mapRow(rs, n), rs.getLong("matched")))
			.list();
		if (rows.isEmpty()) {
			return request.offset() == 0 ? Optional.of(new JobListPage(List.of(), JobCount.exact(0), false))
					: Optional.empty();
		}
		long matched = rows.get(0).matched();
		if (matched > JobCount.CAP) {
			return Optional.empty();
		}
		boolean hasNext = rows.size() > request.size();
		List<JobListRow> page = rows.stream().limit(request.size()).map(Counted::row).toList();
		return Optional.of(new JobListPage(page, JobCount.exact(matched), hasNext));
	}

	private record Counted(JobListRow row, long matched) {
	}

	/**
	 * A range of days is counted before the page is read. PostgreSQL assumes the jobs of
	 * a week are spread evenly through the sort's index, so it walks that index and
	 * filters by the date; but next week's jobs are not the recently updated ones, and
	 * the walk read 33,000 index entries for a page (50 ms on a million jobs) while the
	 * date's own index holds the 4,700 matches (2 ms). Counted first (from the date's
	 * index), a range of at most {@link JobCount#CAP} jobs is read whole and sorted
	 * (PAGE_OF_FEW); a larger one is dense enough for the walk.
	 */
	static boolean countsFirst(JobFilter filter) {
		return filter.scheduledFrom() != null || filter.scheduledTo() != null || filter.created() != null
				|| filter.completed() != null;
	}

	/**
	 * A page with rows and no next page ends the list, so it tells the total without a
	 * count (a narrow search pays for one index lookup, not two). An empty page past the
	 * end does not: it is counted.
	 */
	private static boolean lastPage(JobListRequest request, List<JobListRow> rows, boolean hasNext) {
		return !hasNext && (!rows.isEmpty() || request.offset() == 0);
	}

	/**
	 * Exact from the kept counts for a filter on statuses, priority and assignee alone
	 * (JobListKeptCount), however many match. Otherwise counted, exact up to
	 * {@link JobCount#CAP}; above, "about N" from PostgreSQL's estimate when that can be
	 * trusted (JobListEstimate), else "at least N".
	 */
	public JobCount count(JobListScope scope, JobFilter filter) {
		if (JobListKeptCount.answers(filter)) {
			return kept.count(scope, filter);
		}
		if (JobListEstimate.trustworthy(scope, filter)) {
			Statement matches = matchesStatement(scope, filter);
			long estimated = estimate.rows(matches.sql(), matches.params());
			if (estimated > ABOUT_FROM) {
				return JobCount.about(estimated);
			}
		}
		Statement count = countStatement(scope, filter);
		return counter.count(count.sql(), count.params());
	}

	/** Every matching job, unlimited: what the planner estimates. */
	public static Statement matchesStatement(JobListScope scope, JobFilter filter) {
		JobListSql where = JobListSql.where(scope, filter);
		return new Statement(MATCHES.formatted(where.conditions()), where.params());
	}

	/** One job as a list row, deleted or not, if the scope may see it. */
	public Optional<JobListRow> row(JobListScope scope, UUID uuid) {
		JobListSql where = JobListSql.where(scope, JobFilter.NONE.includingDeleted()).param("uuid", uuid);
		return jdbc
			.sql("SELECT %s FROM jobs j %s WHERE %s AND j.uuid = :uuid".formatted(COLUMNS, JOINS, where.conditions()))
			.params(where.params())
			.query(ROW)
			.optional();
	}

	/** One page plus one row (to know whether there is a next page). */
	public static Statement pageStatement(JobListScope scope, JobListRequest request) {
		JobListSql where = JobListSql.where(scope, request.filter())
			.param("limit", request.size() + 1)
			.param("offset", request.offset());
		String orderBy = request.sort().orderBy(request.direction());
		if (request.sort() == JobSort.UPDATED && request.filter().statuses().size() > 1) {
			where.param("reach", request.offset() + request.size() + 1)
				.param("statusList", request.filter().statuses().stream().map(JobStatus::label).toArray(String[]::new));
			return new Statement(PAGE_BY_STATUS_UPDATED.formatted(COLUMNS, where.conditions(),
					request.direction().name(), JOINS, orderBy), where.params());
		}
		if (request.sort() == JobSort.ASSIGNEE) {
			where.param("reach", request.offset() + request.size() + 1);
			return new Statement(
					PAGE_BY_ASSIGNEE.formatted(COLUMNS, where.conditions(), request.direction().name(), JOINS, orderBy),
					where.params());
		}
		if (request.sort() == JobSort.CUSTOMER && scope.onlyAssignee() == null
				&& request.filter().equals(JobFilter.NONE)) {
			return new Statement(
					PAGE_BY_CUSTOMER.formatted(COLUMNS, where.conditions(), request.direction().name(), JOINS, orderBy),
					where.params());
		}
		return new Statement(PAGE.formatted(COLUMNS, sortJoin(request.sort()), where.conditions(), orderBy, JOINS),
				where.params());
	}

	/**
	 * The page of a filter known to match at most {@link JobCount#CAP} jobs: all of them,
	 * found the cheapest way, then sorted (see countsFirst).
	 */
	public static Statement pageOfFewStatement(JobListScope scope, JobListRequest request) {
		return ofFew(PAGE_OF_FEW, scope, request);
	}

	/** The same page with the count of all matches on each row (PAGE_OF_FEW_COUNTED). */
	public static Statement pageOfFewCountedStatement(JobListScope scope, JobListRequest request) {
		return ofFew(PAGE_OF_FEW_COUNTED, scope, request);
	}

	private static Statement ofFew(String template, JobListScope scope, JobListRequest request) {
		JobListSql where = JobListSql.where(scope, request.filter())
			.param("limit", request.size() + 1)
			.param("offset", request.offset())
			.param("few", JobCount.CAP + 1);
		String orderBy = request.sort().orderBy(request.direction());
		return new Statement(template.formatted(COLUMNS, sortJoin(request.sort()), where.conditions(), orderBy, JOINS,
				fewColumns(request.sort())), where.params());
	}

	public static Statement countStatement(JobListScope scope, JobFilter filter) {
		JobListSql where = JobListSql.where(scope, filter).param("cap", JobCount.CAP + 1);
		return new Statement(COUNT.formatted(where.conditions()), where.params());
	}

	/**
	 * Hands every matching row, in list order, to the consumer while the database is
	 * still sending them.
	 */
	@Transactional(readOnly = true)
	public void forEach(JobListScope scope, JobFilter filter, JobSort sort, JobSort.Direction direction,
			Consumer<JobListRow> consumer) {
		JobListSql where = JobListSql.where(scope, filter);
		String sql = EXPORT.formatted(COLUMNS, JOINS, where.conditions(), sort.orderBy(direction));
		streaming.query(sql, where.params(), resultSet -> {
			consumer.accept(ROW.mapRow(resultSet, 0));
		});
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	public record Statement(String sql, java.util.Map<String, Object> params) {
	}

	/**
	 * What a page of few reads of each match: for newest activity first the id and
	 * updated_at (held by the scheduled date's index, V25), else the whole row.
	 */
	private static String fewColumns(JobSort sort) {
		return sort == JobSort.UPDATED ? "j.id, j.updated_at" : "*";
	}

	/**
	 * The inner id query joins a names table only when it sorts by that name (PAGE sorted
	 * by assignee never comes here: it has PAGE_BY_ASSIGNEE).
	 */
	private static String sortJoin(JobSort sort) {
		return switch (sort) {
			case CUSTOMER -> CUSTOMER_JOIN;
			case ASSIGNEE -> ASSIGNEE_JOIN;
			default -> "";
		};
	}

}
