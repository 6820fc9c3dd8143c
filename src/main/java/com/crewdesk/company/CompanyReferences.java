package com.crewdesk.company;

import com.crewdesk.patch.ReferenceLookup;
import com.crewdesk.patch.ReferencedIds;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The active customers, locations and staff of one company among the ids a set of patches
 * mentions, loaded up front in one query per kind, so that validating a batch of 1,000
 * jobs costs four queries.
 */
public final class CompanyReferences implements ReferenceLookup {

	private final Set<UUID> customers;

	private final Set<UUID> locations;

	private final Set<UUID> staff;

	private final Map<String, UUID> staffByEmail;

	private JdbcClient jdbc;

	private long companyId;

	/** Customer → flagged do_not_service, looked up once per customer (seed 003). */
	private final Map<UUID, Boolean> doNotService = new java.util.HashMap<>();

	/**
	 * Location → its customer (empty for company-wide locations), looked up once per
	 * location.
	 */
	private final Map<UUID, Optional<UUID>> locationOwners = new java.util.HashMap<>();

	private CompanyReferences(Set<UUID> customers, Set<UUID> locations, Set<UUID> staff,
			Map<String, UUID> staffByEmail) {
		this.customers = customers;
		this.locations = locations;
		this.staff = staff;
		this.staffByEmail = staffByEmail;
	}

	public static CompanyReferences load(JdbcClient jdbc, long companyId, ReferencedIds ids) {
		CompanyReferences references = loadIds(jdbc, companyId, ids);
		references.jdbc = jdbc;
		references.companyId = companyId;
		return references;
	}

	private static CompanyReferences loadIds(JdbcClient jdbc, long companyId, ReferencedIds ids) {
		return new CompanyReferences(
				activeIds(jdbc,
						"SELECT id FROM customers WHERE company_id = :company AND active AND deleted_at IS NULL "
								+ "AND id = ANY(CAST(:ids AS uuid[]))",
						companyId, ids.customerIds()),
				activeIds(jdbc,
						"SELECT id FROM locations WHERE company_id = :company AND active "
								+ "AND id = ANY(CAST(:ids AS uuid[]))",
						companyId, ids.locationIds()),
				activeIds(jdbc,
						"SELECT id FROM staff_users WHERE company_id = :company AND active "
								+ "AND id = ANY(CAST(:ids AS uuid[]))",
						companyId, ids.staffIds()),
				staffByEmail(jdbc, companyId, ids.workerEmails()));
	}

	private static Set<UUID> activeIds(JdbcClient jdbc, String sql, long companyId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql(sql)
			.param("company", companyId)
			.param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
			.query(UUID.class)
			.list());
	}

	private static Map<String, UUID> staffByEmail(JdbcClient jdbc, long companyId, Collection<String> emails) {
		if (emails.isEmpty()) {
			return Map.of();
		}
		return jdbc
			.sql("SELECT lower(email) AS email, id FROM staff_users WHERE company_id = :company AND active "
					+ "AND lower(email) = ANY(CAST(:emails AS text[]))")
			.param("company", companyId)
			.param("emails", emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toArray(String[]::new))
			.query((rs, row) -> Map.entry(rs.getString("email"), rs.getObject("id", UUID.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Override
	public boolean isDoNotServiceCustomer(UUID id) {
		return doNotService.computeIfAbsent(id, customer -> jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM customers WHERE company_id = :company AND id = :id AND do_not_service)")
			.param("company", companyId)
			.param("id", customer)
			.query(Boolean.class)
			.single());
	}

	@Override
	public Optional<UUID> customerOfLocation(UUID id) {
		return locationOwners.computeIfAbsent(id, location -> jdbc.sql(
				"SELECT customer_id FROM locations WHERE company_id = :company AND id = :id AND customer_id IS NOT NULL")
			.param("company", companyId)
			.param("id", location)
			.query(UUID.class)
			.optional());
	}

	@Override
	public boolean isActiveCustomer(UUID id) {
		return customers.contains(id);
	}

	@Override
	public boolean isActiveLocation(UUID id) {
		return locations.contains(id);
	}

	@Override
	public boolean isActiveStaff(UUID id) {
		return staff.contains(id);
	}

	@Override
	public Optional<UUID> activeStaffIdByEmail(String email) {
		return Optional.ofNullable(staffByEmail.get(email.toLowerCase(Locale.ROOT)));
	}

}
