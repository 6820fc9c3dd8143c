package com.crewdesk.customers.list;

import com.crewdesk.jobs.list.JobCount;
import com.crewdesk.jobs.list.JobListEstimate;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The one customer search (name, email, phone; case-insensitive substring): the customers
 * list, its API and the pickers. The search matches the stored column {@code search_text}
 * (trigram GIN, V22). A page's ids are read first, in order, from the sort's index alone
 * (V22 gives each sort an index holding what the filter needs), then only those rows from
 * the table, so deep and searched pages stay cheap.
 */
@Repository
public class CustomerListQuery {

	/**
	 * Up to this many matches the screen's total is counted, so exact: what the list's 25
	 * ms budget affords at 100,000 customers. Above it the total is PostgreSQL's estimate
	 * ("about N") where that is trustworthy, else a lower bound ("1,000+").
	 */
	public static final int COUNT_CAP = 1_000;

	private static final String SELECT = """
			SELECT id, list_name, customer_type, email, phone, street, unit, city, state, zip, latitude, longitude,
			       active, do_not_service, tags, created_at, deleted_at
			FROM customers
			""";

	private static final String PAGE = SELECT + """
			WHERE company_id = :company
			  AND id IN (SELECT id FROM customers WHERE %1$s ORDER BY %2$s LIMIT :limit OFFSET :offset)
			ORDER BY %2$s""";

	private final NamedParameterJdbcTemplate jdbc;

	private final JobListEstimate estimates;

	CustomerListQuery(NamedParameterJdbcTemplate jdbc, JobListEstimate estimates) {
		this.jdbc = jdbc;
		this.estimates = estimates;
	}

	public CustomerListPage page(long companyId, CustomerFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource("company", companyId);
		String where = where(filter, params);
		long total = jdbc.queryForObject("SELECT count(*) FROM customers WHERE " + where, params, Long.class);
		return new CustomerListPage(rows(where, filter, params, filter.limit()), total, filter.page(), filter.limit());
	}

	/**
	 * The screen's page: its rows and a total counted only up to {@link #COUNT_CAP} (a
	 * page with rows and no next page tells the exact total).
	 */
	public CustomerScreenPage screenPage(long companyId, CustomerFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource("company", companyId);
		String where = where(filter, params);
		List<CustomerListRow> rows = rows(where, filter, params, filter.limit() + 1);
		boolean hasNext = rows.size() > filter.limit();
		long offset = (long) (filter.page() - 1) * filter.limit();
		JobCount total = !hasNext && (!rows.isEmpty() || offset == 0) ? JobCount.exact(offset + rows.size())
				: total(where, filter, params, hasNext ? offset + rows.size() : 0);
		return new CustomerScreenPage(hasNext ? rows.subList(0, filter.limit()) : rows, total, hasNext, offset);
	}

	/**
	 * Exact up to the cap; past it PostgreSQL's estimate when the filter is one it
	 * estimates well (trustworthy) and the estimate is past the cap too, else "at least"
	 * the cap or the rows seen so far. Never a number below the truth without "+".
	 */
	private JobCount total(String where, CustomerFilter filter, MapSqlParameterSource params, long seen) {
		JobCount counted = JobCount.ofCounted(jdbc.queryForObject(
				"SELECT count(*) FROM (SELECT 1 FROM customers WHERE " + where + " LIMIT :cap) matches",
				params.addValue("cap", COUNT_CAP + 1), Long.class), COUNT_CAP);
		if (counted.isExact()) {
			return counted;
		}
		long estimate = trustworthy(filter)
				? estimates.rows("SELECT 1 FROM customers WHERE " + where, params.getValues()) : 0;
		return estimate > Math.max(COUNT_CAP, seen) ? JobCount.about(estimate)
				: JobCount.atLeast(Math.max(COUNT_CAP, seen));
	}

	/**
	 * Whether the planner's estimate can stand for the total: no text search, tag or
	 * technician, and at most one of type, active and do-not-service (columns of few
	 * values, whose frequencies the statistics keep).
	 */
	static boolean trustworthy(CustomerFilter filter) {
		boolean searched = filter.search() != null && !filter.search().isBlank();
		boolean tagged = filter.tag() != null && !filter.tag().isBlank();
		long columns = Stream.of(filter.type(), filter.active(), filter.doNotService())
			.filter(Objects::nonNull)
			.count();
		return !searched && !tagged && filter.servedBy() == null && columns <= 1;
	}

	/**
	 * The page's rows without a count: what the pickers show while the user types.
	 */
	public List<CustomerListRow> first(long companyId, CustomerFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource("company", companyId);
		return rows(where(filter, params), filter, params, filter.limit());
	}

	/** One customer (deleted ones too) as the list shows them, or nothing. */
	public Optional<CustomerListRow> one(long companyId, UUID id) {
		MapSqlParameterSource params = new MapSqlParameterSource("company", companyId).addValue("id", id);
		return jdbc.query(SELECT + "WHERE company_id = :company AND id = :id", params, CustomerListQuery::row)
			.stream()
			.findFirst();
	}

	private List<CustomerListRow> rows(String where, CustomerFilter filter, MapSqlParameterSource params, int limit) {
		params.addValue("limit", limit).addValue("offset", (long) (filter.page() - 1) * filter.limit());
		return jdbc.query(PAGE.formatted(where, filter.sort().orderBy()), params, CustomerListQuery::row);
	}

	private static CustomerListRow row(ResultSet rs, int n) throws SQLException {
		Array tags = rs.getArray("tags");
		OffsetDateTime deleted = rs.getObject("deleted_at", OffsetDateTime.class);
		OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
		return new CustomerListRow(rs.getObject("id", UUID.class), rs.getString("list_name"),
				rs.getString("customer_type"), rs.getString("email"), rs.getString("phone"), rs.getString("street"),
				rs.getString("unit"), rs.getString("city"), rs.getString("state"), rs.getString("zip"),
				rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getBoolean("active"),
				rs.getBoolean("do_not_service"), tags == null ? List.of() : List.of((String[]) tags.getArray()),
				created.toInstant(), deleted == null ? null : deleted.toInstant());
	}

	private static String where(CustomerFilter filter, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>(List.of("company_id = :company"));
		if (!filter.includeDeleted()) {
			conditions.add("deleted_at IS NULL");
		}
		if (filter.search() != null && !filter.search().isBlank()) {
			conditions.add("search_text LIKE :search");
			params.addValue("search", "%" + escape(filter.search().trim().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.type() != null) {
			conditions.add("customer_type = :type");
			params.addValue("type", filter.type().label());
		}
		if (filter.active() != null) {
			conditions.add("active = :active");
			params.addValue("active", filter.active());
		}
		if (filter.doNotService() != null) {
			conditions.add("do_not_service = :dns");
			params.addValue("dns", filter.doNotService());
		}
		if (filter.tag() != null && !filter.tag().isBlank()) {
			conditions.add("tags @> ARRAY[CAST(:tag AS text)]");
			params.addValue("tag", filter.tag().trim());
		}
		if (filter.servedBy() != null) {
			conditions
				.add("""
						EXISTS (SELECT 1 FROM jobs j WHERE j.company_id = customers.company_id AND j.customer_id = customers.id
						        AND j.assigned_to_user_id = :servedBy AND j.deleted_at IS NULL)""");
			params.addValue("servedBy", filter.servedBy());
		}
		return String.join(" AND ", conditions);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
