package com.crewdesk.customers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customers a job form may pick, found by name as the user types (trigram index
 * customers_search_idx): active, not deleted and not flagged do_not_service (a new job
 * for them is refused, seed 003).
 */
@Repository
public class CustomerChoices {

	/** A pickable customer with the address a new job's service address starts from. */
	public record CustomerChoice(UUID id, String name, String street, String unit, String city, String state,
			String zip, BigDecimal latitude, BigDecimal longitude) {

		public String latText() {
			return latitude == null ? "" : latitude.stripTrailingZeros().toPlainString();
		}

		public String lngText() {
			return longitude == null ? "" : longitude.stripTrailingZeros().toPlainString();
		}
	}

	private static final String SELECT = """
			SELECT id, list_name AS name,
			       street, unit, city, state, zip, latitude, longitude
			FROM customers
			""";

	private final JdbcClient jdbc;

	public CustomerChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CustomerChoice> matching(long companyId, String text, int limit) {
		String like = "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc
			.sql(SELECT
					+ """
							WHERE company_id = :company AND active AND deleted_at IS NULL AND NOT do_not_service
							  AND (coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company_name, '')) ILIKE :like
							ORDER BY last_name, first_name, id
							LIMIT :limit""")
			.param("company", companyId)
			.param("like", like)
			.param("limit", limit)
			.query(CustomerChoice.class)
			.list();
	}

	public Optional<CustomerChoice> find(long companyId, UUID id) {
		return jdbc.sql(SELECT + "WHERE company_id = :company AND id = :id")
			.param("company", companyId)
			.param("id", id)
			.query(CustomerChoice.class)
			.optional();
	}

}
