package com.crewdesk.customers.list;

import java.sql.Array;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

	private final NamedParameterJdbcTemplate jdbc;

	CustomerListQuery(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public CustomerListPage page(long companyId, CustomerFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource("company", companyId);
		String where = where(filter, params);
		long total = jdbc.queryForObject("SELECT count(*) FROM customers WHERE " + where, params, Long.class);
		params.addValue("limit", filter.limit()).addValue("offset", (long) (filter.page() - 1) * filter.limit());
		List<CustomerListRow> rows = jdbc.query("""
				SELECT id, list_name, customer_type, email, phone, city, state, active, do_not_service, tags, deleted_at
				FROM customers WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset""".formatted(where,
				filter.sort().orderBy()), params, (rs, n) -> {
					Array tags = rs.getArray("tags");
					OffsetDateTime deleted = rs.getObject("deleted_at", OffsetDateTime.class);
					return new CustomerListRow(rs.getObject("id", UUID.class), rs.getString("list_name"),
							rs.getString("customer_type"), rs.getString("email"), rs.getString("phone"),
							rs.getString("city"), rs.getString("state"), rs.getBoolean("active"),
							rs.getBoolean("do_not_service"),
							tags == null ? List.of() : List.of((String[]) tags.getArray()),
							deleted == null ? null : deleted.toInstant());
				});
		return new CustomerListPage(rows, total, filter.page(), filter.limit());
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
		return String.join(" AND ", conditions);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
