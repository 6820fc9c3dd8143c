package com.crewdesk.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Acme's customer field definitions for the customer form tests: a text, a number, a date
 * and a dropdown field, none required (so other tests' customers stay valid). Defining
 * them twice changes nothing.
 */
public final class CustomerFieldFixtures {

	private CustomerFieldFixtures() {
	}

	public static void defineForAcme(JdbcClient jdbc) {
		define(jdbc, 1, "Gate_code", "Gate code", "TEXT", "{}");
		define(jdbc, 2, "Floors", "Floors", "NUMBER", "{}");
		define(jdbc, 3, "Client_since", "Client since", "DATE", "{}");
		define(jdbc, 4, "Tier", "Tier", "SELECT", "{Gold,Silver}");
	}

	private static void define(JdbcClient jdbc, int position, String key, String label, String type, String options) {
		jdbc.sql(
				"""
						INSERT INTO custom_field_definitions (company_id, entity, position, field_key, label, field_type, options)
						VALUES ((SELECT id FROM companies WHERE name = 'Acme Roofing'), 'CUSTOMER', 100 + :position, :key, :label,
						        :type, CAST(:options AS text[]))
						ON CONFLICT DO NOTHING""")
			.param("position", position)
			.param("key", key)
			.param("label", label)
			.param("type", type)
			.param("options", options)
			.update();
	}

}
