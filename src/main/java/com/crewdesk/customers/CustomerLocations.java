package com.crewdesk.customers;

import com.crewdesk.jobs.PatchRejectedException;
import com.crewdesk.patch.Address;
import com.crewdesk.patch.CustomerField;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.Rulebook;
import com.crewdesk.patch.Violations;
import com.crewdesk.security.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's service locations: listed, added, edited and deactivated. A location is
 * {@code name} and an {@code address} validated as a unit like the customer's (P10);
 * {@code active} false deactivates it.
 */
@Service
public class CustomerLocations {

	/** One location of a customer. */
	public record CustomerLocation(UUID id, String name, Address address, boolean active) {

		public Map<String, Object> toRaw() {
			Map<String, Object> raw = new LinkedHashMap<>();
			raw.put("id", id.toString());
			raw.put("name", name);
			raw.put("address", CustomerField.ADDRESS.toRaw(address));
			raw.put("active", active);
			return raw;
		}
	}

	private static final Set<String> FIELDS = Set.of("name", "address", "active");

	private final CustomerService customers;

	private final JdbcClient jdbc;

	CustomerLocations(CustomerService customers, JdbcClient jdbc) {
		this.customers = customers;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<CustomerLocation> list(Caller caller, UUID customer) {
		customers.get(caller, customer);
		return jdbc
			.sql(SELECT + "WHERE company_id = :company AND customer_id = :customer ORDER BY active DESC, name, id")
			.param("company", caller.companyId())
			.param("customer", customer)
			.query((rs, n) -> row(rs))
			.list();
	}

	@Transactional
	public CustomerLocation add(Caller caller, UUID customer, Patch patch) {
		requireManager(caller);
		customers.live(caller, customer);
		Map<String, Object> values = read(patch, true);
		UUID id = UUID.randomUUID();
		Address a = (Address) values.get("address");
		jdbc.sql(
				"""
						INSERT INTO locations (id, company_id, customer_id, name, street, unit, city, state, zip, country, active)
						VALUES (:id, :company, :customer, :name, :street, :unit, :city, :state, :zip, :country, :active)""")
			.param("id", id)
			.param("company", caller.companyId())
			.param("customer", customer)
			.param("name", values.get("name"))
			.param("street", a == null ? null : a.street())
			.param("unit", a == null ? null : a.unit())
			.param("city", a == null ? null : a.city())
			.param("state", a == null ? null : a.state())
			.param("zip", a == null ? null : a.zip())
			.param("country", a == null ? null : a.country())
			.param("active", values.getOrDefault("active", true))
			.update();
		return find(caller, customer, id).orElseThrow();
	}

	@Transactional
	public CustomerLocation edit(Caller caller, UUID customer, UUID location, Patch patch) {
		requireManager(caller);
		customers.live(caller, customer);
		CustomerLocation current = find(caller, customer, location)
			.orElseThrow(() -> new CustomerNotFoundException(location));
		Map<String, Object> values = read(patch, false);
		Address a = values.containsKey("address") ? (Address) values.get("address") : current.address();
		jdbc.sql("""
				UPDATE locations SET name = :name, street = :street, unit = :unit, city = :city, state = :state,
				  zip = :zip, country = :country, active = :active
				WHERE company_id = :company AND customer_id = :customer AND id = :id""")
			.param("id", location)
			.param("company", caller.companyId())
			.param("customer", customer)
			.param("name", values.getOrDefault("name", current.name()))
			.param("street", a == null ? null : a.street())
			.param("unit", a == null ? null : a.unit())
			.param("city", a == null ? null : a.city())
			.param("state", a == null ? null : a.state())
			.param("zip", a == null ? null : a.zip())
			.param("country", a == null ? null : a.country())
			.param("active", values.getOrDefault("active", current.active()))
			.update();
		return find(caller, customer, location).orElseThrow();
	}

	private Optional<CustomerLocation> find(Caller caller, UUID customer, UUID id) {
		return jdbc.sql(SELECT + "WHERE company_id = :company AND customer_id = :customer AND id = :id")
			.param("company", caller.companyId())
			.param("customer", customer)
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** P1–P3, P5, P10 for a location patch; a refusal names every bad field. */
	private static Map<String, Object> read(Patch patch, boolean creating) {
		Violations.Builder v = Violations.builder();
		Map<String, Object> values = new LinkedHashMap<>();
		patch.fieldNames()
			.stream()
			.filter(name -> !FIELDS.contains(name))
			.forEach(name -> v.add(name, "is not a known field"));
		if (patch.isPresent("name")) {
			Object name = patch.raw("name");
			if (!(name instanceof String s) || s.isBlank() || s.length() > 200) {
				v.add("name", "must be a non-blank text of at most 200 characters");
			}
			else {
				values.put("name", s.trim());
			}
		}
		else if (creating) {
			v.add("name", "is required");
		}
		if (patch.isPresent("address")) {
			Object raw = patch.raw("address");
			if (raw == null) {
				values.put("address", null);
			}
			else {
				CustomerField.ADDRESS.format().read("address", raw, v).ifPresent(a -> values.put("address", a));
			}
		}
		if (patch.isPresent("active")) {
			if (patch.raw("active") instanceof Boolean b) {
				values.put("active", b);
			}
			else {
				v.add("active", "must be true or false");
			}
		}
		if (!v.isEmpty()) {
			throw new PatchRejectedException(v.build());
		}
		return values;
	}

	private static void requireManager(Caller caller) {
		Rulebook.refuseCustomerChange(caller.actor()).ifPresent(refusal -> {
			throw new PatchRejectedException(refusal);
		});
	}

	private static final String SELECT = "SELECT id, name, street, unit, city, state, zip, country, active FROM locations ";

	private static CustomerLocation row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Address address = rs.getString("street") == null ? null
				: new Address(rs.getString("street"), rs.getString("unit"), rs.getString("city"), rs.getString("state"),
						rs.getString("zip"), rs.getString("country"), null, null);
		return new CustomerLocation(rs.getObject("id", UUID.class), rs.getString("name"), address,
				rs.getBoolean("active"));
	}

}
