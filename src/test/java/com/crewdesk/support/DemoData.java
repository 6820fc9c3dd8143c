package com.crewdesk.support;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks up demo rows (companies, staff, customers) that tests build on. */
public final class DemoData {

	private final JdbcClient jdbc;

	public DemoData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long companyId(String name) {
		return jdbc.sql("SELECT id FROM companies WHERE name = :n").param("n", name).query(Long.class).single();
	}

	public long acme() {
		return companyId("Acme Roofing");
	}

	public UUID staffId(String email) {
		return jdbc.sql("SELECT id FROM staff_users WHERE email = :e").param("e", email).query(UUID.class).single();
	}

	public UUID customer(String company, int index) {
		List<UUID> ids = jdbc
			.sql("SELECT c.id FROM customers c JOIN companies co ON co.id = c.company_id "
					+ "WHERE co.name = :n AND c.active AND c.deleted_at IS NULL AND NOT c.do_not_service "
					+ "ORDER BY c.id LIMIT 1 OFFSET :i")
			.param("n", company)
			.param("i", index)
			.query(UUID.class)
			.list();
		return ids.get(0);
	}

	/** The name lists and history show for a customer. */
	public String customerName(UUID customer) {
		return jdbc.sql("SELECT list_name FROM customers WHERE id = :id")
			.param("id", customer)
			.query(String.class)
			.single();
	}

	public long historyCount(UUID job) {
		return jdbc.sql("SELECT count(*) FROM job_history h JOIN jobs j ON j.id = h.job_id WHERE j.uuid = :u")
			.param("u", job)
			.query(Long.class)
			.single();
	}

	public long version(UUID job) {
		return jdbc.sql("SELECT version FROM jobs WHERE uuid = :u").param("u", job).query(Long.class).single();
	}

	public long notifications(UUID recipient) {
		return jdbc.sql("SELECT count(*) FROM notifications WHERE recipient_id = :r")
			.param("r", recipient)
			.query(Long.class)
			.single();
	}

}
