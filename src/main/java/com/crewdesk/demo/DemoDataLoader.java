package com.crewdesk.demo;

import com.crewdesk.database.Tenancy;
import com.crewdesk.apikeys.ApiKeySecrets;
import com.crewdesk.patch.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with two demo companies (Acme Roofing, Bolt Plumbing), their
 * staff, customers, jobs and API keys. Never touches a database that already has a
 * company. Uses batch statements.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoDataSettings settings;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transaction;

	DemoDataLoader(DemoDataSettings settings, JdbcClient jdbc, JdbcTemplate jdbcTemplate, PasswordEncoder passwords,
			TransactionTemplate transaction) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.passwords = passwords;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.enabled()) {
			return;
		}
		Tenancy.acrossCompanies("the demo loader creates the demo companies and all their rows", this::load);
	}

	private void load() {
		long companies = jdbc.sql("SELECT count(*) FROM companies").query(Long.class).single();
		if (companies > 0) {
			log.info("Demo data not loaded: the database already has {} companies", companies);
			return;
		}
		long started = System.nanoTime();
		transaction.executeWithoutResult(status -> {
			loadAcme();
			loadBolt();
		});
		jdbcTemplate.execute("ANALYZE");
		log.info(
				"Demo data loaded in {} ms (logins: admin@acme.test/admin, dispatch@acme.test/dispatch, "
						+ "tech@acme.test/tech, viewer@acme.test/viewer, admin@bolt.test/admin)",
				(System.nanoTime() - started) / 1_000_000);
	}

	private void loadAcme() {
		long company = insertCompany("Acme Roofing");
		UUID admin = insertStaff(company, "admin@acme.test", "Alex Admin", Role.ADMIN, "admin");
		insertStaff(company, "dispatch@acme.test", "Dee Dispatch", Role.DISPATCHER, "dispatch");
		List<UUID> technicians = new ArrayList<>();
		technicians.add(insertStaff(company, "tech@acme.test", "Dana Cruz", Role.TECHNICIAN, "tech"));
		technicians.add(insertStaff(company, "luis@acme.test", "Luis Ortega", Role.TECHNICIAN, "tech"));
		technicians.add(insertStaff(company, "priya@acme.test", "Priya Shah", Role.TECHNICIAN, "tech"));
		technicians.add(insertStaff(company, "sam@acme.test", "Sam Becker", Role.TECHNICIAN, "tech"));
		insertStaff(company, "viewer@acme.test", "Vera Viewer", Role.VIEWER, "viewer");
		insertCustomFields(company);
		insertChecklist(company);
		insertApiKey(company, "Demo integration", "cd_demo_acme_key", admin);
		DemoCatalog catalog = DemoCatalog.roofing();
		List<DemoCustomers.DemoCustomer> customers = new DemoCustomers(jdbcTemplate, new Random(42)).insert(company,
				settings.acmeCustomers(), catalog);
		new DemoJobs(jdbcTemplate, jdbc, new Random(7), catalog).insert(company, settings.acmeJobs(), customers,
				technicians, List.of("site_visit", "permit_filed", "materials_ordered", "final_inspection"));
	}

	private void loadBolt() {
		long company = insertCompany("Bolt Plumbing");
		UUID admin = insertStaff(company, "admin@bolt.test", "Bea Bolt", Role.ADMIN, "admin");
		List<UUID> technicians = List.of(insertStaff(company, "tech@bolt.test", "Pete Piper", Role.TECHNICIAN, "tech"));
		insertApiKey(company, "Demo integration", "cd_demo_bolt_key", admin);
		DemoCatalog catalog = DemoCatalog.plumbing();
		List<DemoCustomers.DemoCustomer> customers = new DemoCustomers(jdbcTemplate, new Random(43)).insert(company, 50,
				catalog);
		new DemoJobs(jdbcTemplate, jdbc, new Random(8), catalog).insert(company, settings.boltJobs(), customers,
				technicians, List.of());
	}

	private long insertCompany(String name) {
		return jdbc.sql("INSERT INTO companies (name) VALUES (:name) RETURNING id")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private UUID insertStaff(long company, String email, String name, Role role, String password) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO staff_users (id, company_id, email, display_name, phone, role, password_hash)
				VALUES (:id, :company, :email, :name, :phone, :role, :hash)""")
			.param("id", id)
			.param("company", company)
			.param("email", email)
			.param("name", name)
			.param("phone", "+1 303 555 01" + String.format("%02d", Math.abs(email.hashCode()) % 100))
			.param("role", role.name())
			.param("hash", passwords.encode(password))
			.update();
		return id;
	}

	private void insertCustomFields(long company) {
		jdbcTemplate.batchUpdate("""
				INSERT INTO custom_field_definitions (company_id, position, field_key, label, field_type, options)
				VALUES (?, ?, ?, ?, ?, ?::text[])""",
				List.of(new Object[] { company, 0, "PO_Number", "PO number", "TEXT", "{}" },
						new Object[] { company, 1, "Department", "Department", "SELECT",
								"{Facilities,Operations,Maintenance,Sales}" },
						new Object[] { company, 2, "Roof_Pitch", "Roof pitch (x/12)", "NUMBER", "{}" },
						new Object[] { company, 3, "Permit_Date", "Permit date", "DATE", "{}" }));
	}

	private void insertChecklist(long company) {
		jdbcTemplate.batchUpdate("""
				INSERT INTO checklist_steps (company_id, position, step_key, label) VALUES (?, ?, ?, ?)""",
				List.of(new Object[] { company, 0, "site_visit", "Site visit done" },
						new Object[] { company, 1, "permit_filed", "Permit filed" },
						new Object[] { company, 2, "materials_ordered", "Materials ordered" },
						new Object[] { company, 3, "final_inspection", "Final inspection passed" },
						new Object[] { company, 4, "customer_signoff", "Customer signed off" }));
	}

	private void insertApiKey(long company, String name, String secret, UUID createdBy) {
		jdbc.sql("""
				INSERT INTO api_keys (company_id, name, key_prefix, key_hash, created_by)
				VALUES (:company, :name, :prefix, :hash, :by)""")
			.param("company", company)
			.param("name", name)
			.param("prefix", ApiKeySecrets.prefix(secret))
			.param("hash", ApiKeySecrets.hash(secret))
			.param("by", createdBy)
			.update();
	}

}
