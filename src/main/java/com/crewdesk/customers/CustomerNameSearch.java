package com.crewdesk.customers;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds a company's customers by part of their name for pickers (search as you type). The
 * condition uses exactly the expression of customers_search_idx (trigram GIN on
 * company_id + name), so it stays fast with thousands of customers.
 */
@Repository
public class CustomerNameSearch {

	private static final String NAME = "coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company_name, '')";

	private final JdbcClient jdbc;

	CustomerNameSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CustomerOption> find(long companyId, String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String pattern = "%"
				+ text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		return jdbc.sql("""
				SELECT id, first_name, last_name, company_name FROM customers
				WHERE company_id = :company AND deleted_at IS NULL AND (%s) ILIKE :pattern
				ORDER BY coalesce(company_name, last_name), first_name, id
				LIMIT :limit""".formatted(NAME))
			.param("company", companyId)
			.param("pattern", pattern)
			.param("limit", limit)
			.query((rs, row) -> new CustomerOption(rs.getObject("id", UUID.class),
					name(rs.getString("first_name"), rs.getString("last_name"), rs.getString("company_name"))))
			.list();
	}

	public java.util.Optional<CustomerOption> findById(long companyId, UUID id) {
		return jdbc.sql(
				"SELECT id, first_name, last_name, company_name FROM customers WHERE company_id = :company AND id = :id")
			.param("company", companyId)
			.param("id", id)
			.query((rs, row) -> new CustomerOption(rs.getObject("id", UUID.class),
					name(rs.getString("first_name"), rs.getString("last_name"), rs.getString("company_name"))))
			.optional();
	}

	/** Same wording as {@link Customer#displayName()}. */
	private static String name(String first, String last, String company) {
		String person = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
		if (company != null && !company.isBlank()) {
			return person.isEmpty() ? company : company + " (" + person + ")";
		}
		return person;
	}

	public record CustomerOption(UUID id, String name) {
	}

}
