package com.crewdesk.admin;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A company of its own for a test that changes staff, keys or settings, so the shared
 * demo companies stay as other tests expect them. It has one admin ({@link #adminEmail},
 * password {@link #PASSWORD}).
 */
public record TestCompany(long id, String name, UUID adminId, String adminEmail) {

	public static final String PASSWORD = "admin-password-1";

	public static TestCompany create(JdbcClient jdbc, PasswordEncoder passwords) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String name = "Test Co " + tag;
		long id = jdbc.sql("INSERT INTO companies (name) VALUES (:name) RETURNING id")
			.param("name", name)
			.query(Long.class)
			.single();
		TestCompany company = new TestCompany(id, name, UUID.randomUUID(), "admin-" + tag + "@test.test");
		company.insertStaff(jdbc, passwords, company.adminId, company.adminEmail, "Ada Admin " + tag, "ADMIN");
		return company;
	}

	public UUID insertStaff(JdbcClient jdbc, PasswordEncoder passwords, UUID staffId, String email, String name,
			String role) {
		jdbc.sql("INSERT INTO staff_users (id, company_id, email, display_name, role, password_hash) "
				+ "VALUES (:id, :company, :email, :name, :role, :hash)")
			.param("id", staffId)
			.param("company", id)
			.param("email", email)
			.param("name", name)
			.param("role", role)
			.param("hash", passwords.encode(PASSWORD))
			.update();
		return staffId;
	}

	/** Another person of this company with the test password; returns their e-mail. */
	public String person(JdbcClient jdbc, PasswordEncoder passwords, String role) {
		String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.test";
		insertStaff(jdbc, passwords, UUID.randomUUID(), email, "Pat " + role, role);
		return email;
	}

	public UUID staffId(JdbcClient jdbc, String email) {
		return jdbc.sql("SELECT id FROM staff_users WHERE email = :e").param("e", email).query(UUID.class).single();
	}
}
