package com.crewdesk.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewdesk.support.CrewdeskIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backstop under tenant isolation (issue 17): a query that forgets its company_id
 * filter still sees only the caller's company.
 */
@CrewdeskIntegrationTest
class RowLevelSecurityIT {

	@Autowired
	JdbcClient jdbc;

	long acme;

	long bolt;

	@BeforeEach
	void companies() {
		acme = jdbc.sql("SELECT id FROM companies WHERE name = 'Acme Roofing'").query(Long.class).single();
		bolt = jdbc.sql("SELECT id FROM companies WHERE name = 'Bolt Plumbing'").query(Long.class).single();
	}

	@Test
	void anUnfilteredSelectAsAnAcmeCallerGetsOnlyAcmesRows() {
		Set<Long> seenByAcme = Tenancy.forCompany(acme,
				() -> jdbc.sql("SELECT company_id FROM jobs").query(Long.class).set());
		Set<Long> seenByBolt = Tenancy.forCompany(bolt,
				() -> jdbc.sql("SELECT company_id FROM jobs").query(Long.class).set());
		Set<Long> seenAcross = jdbc.sql("SELECT company_id FROM jobs").query(Long.class).set();

		assertThat(seenByAcme).containsExactly(acme);
		assertThat(seenByBolt).containsExactly(bolt);
		assertThat(seenAcross).contains(acme, bolt);
	}

	@Test
	void everyTenantTableShowsOnlyTheCallersRows() {
		List<String> tenantTables = jdbc.sql("""
				SELECT c.table_name FROM information_schema.columns c
				JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
				WHERE c.table_schema = 'public' AND c.column_name = 'company_id' AND t.table_type = 'BASE TABLE'
				ORDER BY 1""").query(String.class).list();
		assertThat(tenantTables).contains("jobs", "customers", "locations", "staff_users", "job_history",
				"customer_history", "notifications", "job_batches", "api_keys", "custom_field_definitions",
				"webhook_endpoints", "imports", "audit_log");
		for (String table : tenantTables) {
			Set<Long> seen = Tenancy.forCompany(acme,
					() -> jdbc.sql("SELECT DISTINCT company_id FROM " + table).query(Long.class).set());
			assertThat(seen).as(table).isSubsetOf(acme);
		}
		assertThat(Tenancy.forCompany(acme, () -> jdbc.sql("SELECT id FROM companies").query(Long.class).set()))
			.containsExactly(acme);
	}

	@Test
	void everyTableWithACompanyHasRowLevelSecurity() {
		List<Map<String, Object>> unprotected = jdbc
			.sql("""
					SELECT c.table_name FROM information_schema.columns c
					JOIN pg_class k ON k.relname = c.table_name AND k.relkind = 'r'
					JOIN pg_namespace n ON n.oid = k.relnamespace AND n.nspname = c.table_schema
					WHERE c.table_schema = 'public' AND c.column_name = 'company_id'
					  AND (NOT k.relrowsecurity
					       OR NOT EXISTS (SELECT 1 FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.table_name))
					""")
			.query()
			.listOfRows();
		assertThat(unprotected).as("tables with company_id but no row-level security policy").isEmpty();
	}

	@Test
	void theApplicationsRoleCannotBypassThePolicies() {
		Map<String, Object> role = Tenancy.forCompany(acme, () -> jdbc.sql("""
				SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user""")
			.query()
			.singleRow());
		assertThat(role).containsEntry("name", "crewdesk_app")
			.containsEntry("rolsuper", false)
			.containsEntry("rolbypassrls", false);
	}

	@Test
	void aThreadWithoutACallerSeesNoRows() throws Exception {
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			long seen = CompletableFuture
				.supplyAsync(() -> jdbc.sql("SELECT count(*) FROM jobs").query(Long.class).single(), thread)
				.get();
			assertThat(seen).isZero();
		}
		finally {
			thread.shutdown();
		}
	}

	@Test
	void aCallerCannotWriteAnotherCompanysRows() {
		assertThatThrownBy(() -> Tenancy.forCompany(acme, () -> jdbc
			.sql("INSERT INTO customer_tags (company_id, label, position) VALUES (:bolt, 'Planted by Acme', 99)")
			.param("bolt", bolt)
			.update())).isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("violates row-level security policy");
		int boltJobsTouched = Tenancy.forCompany(acme,
				() -> jdbc.sql("UPDATE jobs SET title = title WHERE company_id = :bolt").param("bolt", bolt).update());
		assertThat(boltJobsTouched).isZero();
	}

}
