package com.crewdesk.foundation;

import com.crewdesk.database.Tenancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewdesk.apikeys.ApiKey;
import com.crewdesk.apikeys.ApiKeyRepository;
import com.crewdesk.company.ChecklistStep;
import com.crewdesk.company.Company;
import com.crewdesk.company.CompanyRepository;
import com.crewdesk.company.CustomFieldSetting;
import com.crewdesk.customers.Customer;
import com.crewdesk.customers.CustomerRepository;
import com.crewdesk.customers.Location;
import com.crewdesk.customers.LocationRepository;
import com.crewdesk.jobs.Job;
import com.crewdesk.jobs.JobHistoryQueries;
import com.crewdesk.jobs.JobNumberSequence;
import com.crewdesk.jobs.JobRepository;
import com.crewdesk.jobs.StoredJob;
import com.crewdesk.notifications.Notification;
import com.crewdesk.notifications.NotificationRepository;
import com.crewdesk.patch.Address;
import com.crewdesk.patch.CustomFieldValue;
import com.crewdesk.patch.Role;
import com.crewdesk.staff.StaffRepository;
import com.crewdesk.staff.StaffUser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@CrewdeskIntegrationTest
class SchemaIT {

	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcAggregateTemplate aggregates;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	CompanyRepository companies;

	@Autowired
	StaffRepository staff;

	@Autowired
	CustomerRepository customers;

	@Autowired
	LocationRepository locations;

	@Autowired
	JobRepository jobs;

	@Autowired
	JobHistoryQueries history;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	ApiKeyRepository apiKeys;

	@Autowired
	JobNumberSequence jobNumbers;

	@Test
	void flywayMigratedTheEmptyDatabaseToTheLatestVersion() {
		List<String> applied = jdbc
			.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
			.query(String.class)
			.list();
		assertThat(applied).startsWith("1");
		assertThat(jdbc
			.sql("SELECT count(*) FROM information_schema.tables WHERE table_name IN "
					+ "('companies','staff_users','customers','locations','jobs','job_history','notifications',"
					+ "'api_keys','custom_field_definitions','checklist_steps','job_batches')")
			.query(Long.class)
			.single()).isEqualTo(11);
	}

	/**
	 * The list's index-only pages read the table for every page a change left
	 * not-all-visible, until a vacuum: the jobs table is vacuumed once 2 % of it changed
	 * (V28), where PostgreSQL's default 20 % left a batch of 100,000 changes unvacuumed.
	 */
	@Test
	void theJobsTableIsVacuumedAfterTwoPercentOfItChanged() {
		assertThat(jdbc.sql("SELECT reloptions FROM pg_class WHERE relname = 'jobs'")
			.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray()))
			.single()).contains("autovacuum_vacuum_scale_factor=0.02", "autovacuum_vacuum_insert_scale_factor=0.02",
					"autovacuum_analyze_scale_factor=0.02");
	}

	@Test
	void companyRoundTripsWithItsSettings() {
		Company saved = companies.save(Company.create("Round Trip Roofing")
			.withSettings(true,
					List.of(new CustomFieldSetting("Color", "Colour", "SELECT", List.of("Red", "Grey"), true)),
					List.of(new ChecklistStep("photos", "Photos taken"))));

		Company loaded = companies.findById(saved.id()).orElseThrow();

		assertThat(loaded.name()).isEqualTo("Round Trip Roofing");
		assertThat(loaded.workersEditJob()).isTrue();
		assertThat(loaded.customFields())
			.containsExactly(new CustomFieldSetting("Color", "Colour", "SELECT", List.of("Red", "Grey"), true));
		assertThat(loaded.checklistSteps()).containsExactly(new ChecklistStep("photos", "Photos taken"));
	}

	@Test
	void staffCustomerLocationJobHistoryNotificationAndApiKeyRoundTrip() {
		long company = companies.save(Company.create("Aggregates Inc")).id();
		StaffUser person = aggregates.insert(new StaffUser(UUID.randomUUID(), company,
				"rt-" + UUID.randomUUID() + "@x.test", "Robin Trip", "+1 555", Role.TECHNICIAN, "{noop}x", true, NOW));
		assertThat(staff.findById(person.id())).contains(person);

		Customer customer = aggregates
			.insert(new Customer(UUID.randomUUID(), company, "Ada", "Lovelace", null, "Residential",
					new Address("1 Main St", "2B", "Denver", "CO", "80202", "US", new BigDecimal("39.739200"),
							new BigDecimal("-104.990300")),
					"ada@example.com", "+1 555 0100", false, true, true, List.of("vip"), "[]", "{}", NOW, NOW, null,
					null, 0));
		assertThat(customers.findInCompany(company, customer.id())).contains(customer);

		Location location = aggregates.insert(new Location(UUID.randomUUID(), company, customer.id(), "Warehouse",
				"2 Side St", "Denver", "CO", "80202", true, NOW));
		assertThat(locations.findByCustomer(company, customer.id())).containsExactly(location);

		Job job = aggregates.insert(job(company, customer.id(), person.id(), jobNumbers.next(company)));
		StoredJob loaded = jobs.find(company, job.uuid()).orElseThrow();
		assertThat(loaded.jobNumber()).isEqualTo(job.jobNumber());
		assertThat(loaded.values().title()).isEqualTo("Replace shingles");
		assertThat(loaded.values().customerUuid()).isEqualTo(customer.id());
		assertThat(loaded.values().customFields()).extracting(CustomFieldValue::key).containsExactly("PO_Number");

		jdbc.sql("""
				INSERT INTO job_history (company_id, job_id, changed_at, staff_id, channel, field, old_value, new_value)
				VALUES (:company, :job, :at, :by, 'ui', 'title', CAST(:old AS jsonb), CAST(:new AS jsonb))""")
			.param("company", company)
			.param("job", job.id())
			.param("at", NOW.atOffset(java.time.ZoneOffset.UTC))
			.param("by", person.id())
			.param("old", "\"Old\"")
			.param("new", "\"New\"")
			.update();
		assertThat(history.page(company, job.id(), 10, 1)).extracting(entry -> entry.get("field"))
			.containsExactly("title");

		Notification note = notifications
			.save(new Notification(null, company, person.id(), job.id(), "ASSIGNED", "You were assigned", false, NOW));
		assertThat(notifications.countUnread(company, person.id())).isEqualTo(1);
		assertThat(notifications.findRecent(company, person.id(), 5)).containsExactly(note);

		ApiKey key = apiKeys
			.save(new ApiKey(null, company, "Zapier", "cd_abc", "a".repeat(64), NOW, person.id(), null, null));
		assertThat(apiKeys.findByHash("a".repeat(64))).contains(key);
	}

	@Test
	void twentyConcurrentCreatesGetDistinctJobNumbers() throws Exception {
		long company = companies.save(Company.create("Concurrent Co")).id();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<String>> creates = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				creates.add(() -> Tenancy.forCompany(company,
						() -> transaction.execute(status -> jobNumbers.next(company))));
			}
			Set<String> numbers = new HashSet<>();
			for (Future<String> number : pool.invokeAll(creates)) {
				numbers.add(number.get());
			}
			assertThat(numbers).hasSize(20).allMatch(n -> n.matches("JOB-\\d{6}"));
			assertThat(numbers).contains("JOB-000001", "JOB-000020");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void jobNumbersAreAlwaysJobDashDigits() {
		assertThatThrownBy(
				() -> jdbc.sql("UPDATE jobs SET job_number = 'JOB-12A' WHERE id = (SELECT min(id) FROM jobs)").update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void checkConstraintRefusesAnUnknownStatusWrittenDirectly() {
		assertThatThrownBy(
				() -> jdbc.sql("UPDATE jobs SET status = 'Teleported' WHERE id = (SELECT min(id) FROM jobs)").update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void foreignKeysRefuseAJobThatPointsAtAnotherCompanysCustomer() {
		long acme = jdbc.sql("SELECT id FROM companies WHERE name = 'Acme Roofing'").query(Long.class).single();
		UUID boltCustomer = jdbc
			.sql("SELECT c.id FROM customers c JOIN companies co ON co.id = c.company_id "
					+ "WHERE co.name = 'Bolt Plumbing' LIMIT 1")
			.query(UUID.class)
			.single();
		assertThatThrownBy(() -> jdbc
			.sql("UPDATE jobs SET customer_id = :c WHERE id = (SELECT min(id) FROM jobs WHERE company_id = :acme)")
			.param("c", boltCustomer)
			.param("acme", acme)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	private static Job job(long company, UUID customer, UUID assignee, String number) {
		return new Job(null, UUID.randomUUID(), company, number, "Replace shingles", "North slope", "Scheduled", "High",
				true, false, "r", "i", customer, null, assignee, null, null, "1 Main St", null, "Denver", "Denver",
				"CO", "80202", new BigDecimal("39.739200"), new BigDecimal("-104.990300"), new BigDecimal("1250.50"),
				null, LocalDate.of(2026, 12, 1), LocalTime.of(9, 0), LocalTime.of(11, 30), null, null, null, null, null,
				"gate code 1234", null, null, false, "CLM-1", "first call",
				"[{\"key\": \"PO_Number\", \"val\": \"PO-1\"}]", "{}", "{}", NOW, assignee, "ui", NOW, null, null, 0);
	}

}
