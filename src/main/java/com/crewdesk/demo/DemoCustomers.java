package com.crewdesk.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts demo customers in one batch and returns them with their addresses for the jobs
 * to use.
 */
class DemoCustomers {

	record DemoCustomer(UUID id, String street, String city, String state, String zip, BigDecimal latitude,
			BigDecimal longitude) {
	}

	private final JdbcTemplate jdbc;

	private final Random random;

	DemoCustomers(JdbcTemplate jdbc, Random random) {
		this.jdbc = jdbc;
		this.random = random;
	}

	List<DemoCustomer> insert(long company, int count, DemoCatalog catalog) {
		List<DemoCustomer> customers = new ArrayList<>(count);
		List<Object[]> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			boolean commercial = random.nextInt(5) == 0;
			String first = DemoCatalog.pick(random, DemoCatalog.FIRST_NAMES);
			String last = DemoCatalog.pick(random, DemoCatalog.LAST_NAMES);
			DemoCustomer customer = new DemoCustomer(UUID.randomUUID(),
					(100 + random.nextInt(9800)) + " " + DemoCatalog.pick(random, DemoCatalog.STREETS),
					DemoCatalog.pick(random, catalog.cities()), catalog.state(),
					catalog.zipPrefix() + String.format("%03d", random.nextInt(1000)), coordinate(catalog.latitude()),
					coordinate(catalog.longitude()));
			customers.add(customer);
			rows.add(new Object[] { customer.id(), company, first, last,
					commercial ? DemoCatalog.pick(random, DemoCatalog.BUSINESSES) : null,
					commercial ? "Commercial" : "Residential", customer.street(), customer.city(), customer.state(),
					customer.zip(), "US", customer.latitude(), customer.longitude(),
					(first + "." + last + i).toLowerCase() + "@example.com",
					"+1 555 " + String.format("%03d %04d", random.nextInt(1000), random.nextInt(10000)),
					random.nextInt(20) == 0, random.nextInt(50) == 0 });
		}
		jdbc.batchUpdate("""
				INSERT INTO customers (id, company_id, first_name, last_name, company_name, customer_type, street,
				  city, state, zip, country, latitude, longitude, email, phone, do_not_mail, do_not_service)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		return customers;
	}

	private BigDecimal coordinate(double center) {
		return BigDecimal.valueOf(center + (random.nextDouble() - 0.5) * 0.4).setScale(6, RoundingMode.HALF_UP);
	}

}
