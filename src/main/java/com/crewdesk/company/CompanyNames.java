package com.crewdesk.company;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A company's current name, read when a page shows it, so that a rename shows at once for
 * everyone already logged in (the login keeps only the name it saw).
 */
@Repository
public class CompanyNames {

	private final JdbcClient jdbc;

	CompanyNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String nameOf(long companyId) {
		return jdbc.sql("SELECT name FROM companies WHERE id = :id")
			.param("id", companyId)
			.query(String.class)
			.optional()
			.orElse("");
	}

}
