package com.crewdesk.customers.list;

import com.crewdesk.jobs.list.JobCount;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The one customer search (name, email, phone; case-insensitive substring): the customers
 * list, its API and the pickers. The search condition is exactly the expression of
 * customers_contact_search_idx (trigram GIN, V14).
 */
@Repository
public class CustomerListQuery {

	static final String SEARCH_EXPRESSION = """
			lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company_name, '') || ' '
			      || coalesce(email, '') || ' ' || coalesce(phone, '') || ' ' || regexp_replace(coalesce(phone, ''), '\\D', '', 'g'))""";

	private static final String SELECT = """
			SELECT id, list_name, customer_type, email, phone, street, unit, city, state, zip, latitude, longitude,
			       active, do_not_service, tags, created_at, deleted_at
			FROM customers
			""";

	private final NamedParameterJdbcTemplate jdbc;

	CustomerListQuery(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public CustomerListPage page(long companyId, CustomerFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource("company", companyId);
		String where = where(filter, params);
		long total = jdbc.queryForObject("SELECT count(*) FROM customers WHERE " + where, params, Long.class);
		return new CustomerListPage(rows(where, filter, params), total, filter.page(), filter.limit());
	}

	/**
	 * The screen's page: its rows and a total counted only up to {@link JobCount#CAP}, as
	 * the jobs list counts (a page with rows and no next page tells the exact total).
	 */
	public CustomerScreenPage screenPage(long companyId, CustomerFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource("company", companyId);
		String where = where(filter, params);
		params.addValue("limit", filter.limit() + 1).addValue("offset", (long) (filter.page() - 1) * filter.limit());
		List<CustomerListRow> rows = jdbc.query(
				SELECT + "WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset".formatted(where, filter.sort().orderBy()),
				params, CustomerListQuery::row);
		boolean hasNext = rows.size() > filter.limit();
		long offset = (long) (filter.page() - 1) * filter.limit();
		JobCount total = !hasNext && (!rows.isEmpty() || offset == 0) ? JobCount.exact(offset + rows.size())
				: JobCount.ofCounted(jdbc.queryForObject(
						"SELECT count(*) FROM (SELECT 1 FROM customers WHERE " + where + " LIMIT :cap) matches",
						params.addValue("cap", JobCount.CAP + 1), Long.class));
		return new CustomerScreenPage(hasNext ? rows.subList(0, filter.limit()) : rows, total, hasNext, offset);
	}

	/**
	 * The page's rows without a count: what the pickers show while the user types.
	 */
	public List<CustomerListRow> first(long companyId, CustomerFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource("company", companyId);
		return rows(where(filter, params), filter, params);
	}

	/** One customer (deleted ones too) as the list shows them, or nothing. */
	public Optional<CustomerListRow> one(long companyId, UUID id) {
		MapSqlParameterSource params = new MapSqlParameterSource("company", companyId).addValue("id", id);
		return jdbc.query(SELECT + "WHERE company_id = :company AND id = :id", params, CustomerListQuery::row)
			.stream()
			.findFirst();
	}

	private List<CustomerListRow> rows(String where, CustomerFilter filter, MapSqlParameterSource params) {
		params.addValue("limit", filter.limit()).addValue("offset", (long) (filter.page() - 1) * filter.limit());
		return jdbc.query(
				SELECT + "WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset".formatted(where, filter.sort().orderBy()),
				params, CustomerListQuery::row);
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
			conditions.add(SEARCH_EXPRESSION + " LIKE :search");
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
