package com.crewdesk.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts companies, staff, customers and jobs straight into the database, so tests own
 * the rows they check.
 */
public final class JobFixtures {

	private static final AtomicInteger NUMBERS = new AtomicInteger(900_000);

	private final JdbcClient jdbc;

	public JobFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A word no demo row contains: put it in a title and search for it to see only your
	 * own jobs.
	 */
	public static String marker() {
		return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	public long company(String name) {
		return jdbc.sql("INSERT INTO companies (name) VALUES (:name) RETURNING id")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	public long companyId(String name) {
		return jdbc.sql("SELECT id FROM companies WHERE name = :name").param("name", name).query(Long.class).single();
	}

	public UUID staffId(String email) {
		return jdbc.sql("SELECT id FROM staff_users WHERE lower(email) = lower(:e)")
			.param("e", email)
			.query(UUID.class)
			.single();
	}

	public UUID staff(long company, String name, String role) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO staff_users (id, company_id, email, display_name, role, password_hash)
				VALUES (:id, :company, :email, :name, :role, '{noop}x')""")
			.param("id", id)
			.param("company", company)
			.param("email", id + "@fixture.test")
			.param("name", name)
			.param("role", role)
			.update();
		return id;
	}

	public UUID customer(long company, String first, String last, String companyName) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO customers (id, company_id, first_name, last_name, company_name)
				VALUES (:id, :company, :first, :last, :companyName)""")
			.param("id", id)
			.param("company", company)
			.param("first", first)
			.param("last", last)
			.param("companyName", companyName)
			.update();
		return id;
	}

	public Job job(long company, UUID customer, String title) {
		return new Job(company, customer, title);
	}

	/**
	 * A job to insert; defaults: New, Normal, unassigned, unscheduled, no amount, updated
	 * now.
	 */
	public final class Job {

		private final long company;

		private final UUID customer;

		private final String title;

		private String number;

		private String description;

		private String status = "New";

		private String priority = "Normal";

		private UUID assignee;

		private LocalDate scheduled;

		private LocalTime start;

		private LocalTime end;

		private BigDecimal amount;

		private Instant updatedAt = Instant.now();

		private Instant deletedAt;

		private Job(long company, UUID customer, String title) {
			this.company = company;
			this.customer = customer;
			this.title = title;
			this.number = String.format("JOB-%06d", NUMBERS.incrementAndGet());
		}

		public Job number(String value) {
			this.number = value;
			return this;
		}

		public Job description(String value) {
			this.description = value;
			return this;
		}

		public Job status(String value) {
			this.status = value;
			return this;
		}

		public Job priority(String value) {
			this.priority = value;
			return this;
		}

		public Job assignee(UUID value) {
			this.assignee = value;
			return this;
		}

		public Job scheduled(LocalDate day, LocalTime from, LocalTime to) {
			this.scheduled = day;
			this.start = from;
			this.end = to;
			return this;
		}

		public Job amount(String value) {
			this.amount = new BigDecimal(value);
			return this;
		}

		public Job updatedAt(Instant value) {
			this.updatedAt = value;
			return this;
		}

		public Job deleted() {
			this.deletedAt = Instant.now();
			return this;
		}

		/**
		 * Inserts {@code count} jobs like this one in one statement (own uuids and
		 * numbers; title, status, etc. shared).
		 */
		public void insertCopies(int count) {
			int first = NUMBERS.getAndAdd(count) + 1;
			jdbc.sql(
					"""
							INSERT INTO jobs (uuid, company_id, job_number, title, status, priority, customer_id, assigned_to_user_id,
							  updated_at)
							SELECT gen_random_uuid(), :company, 'JOB-' || lpad((:first + n)::text, 6, '0'), :title, :status, :priority,
							  CAST(:customer AS uuid), CAST(:assignee AS uuid), now()
							FROM generate_series(0, :count - 1) AS n""")
				.param("company", company)
				.param("first", first)
				.param("count", count)
				.param("title", title)
				.param("status", status)
				.param("priority", priority)
				.param("customer", customer)
				.param("assignee", assignee)
				.update();
		}

		public UUID insert() {
			UUID uuid = UUID.randomUUID();
			jdbc.sql("""
					INSERT INTO jobs (uuid, company_id, job_number, title, description, status, priority, customer_id,
					  assigned_to_user_id, scheduled_date, scheduled_time_start, scheduled_time_end, estimated_amount,
					  updated_at, deleted_at)
					VALUES (:uuid, :company, :number, :title, :description, :status, :priority, :customer, :assignee,
					  :scheduled, :start, :end, :amount, :updated, :deleted)""")
				.param("uuid", uuid)
				.param("company", company)
				.param("number", number)
				.param("title", title)
				.param("description", description)
				.param("status", status)
				.param("priority", priority)
				.param("customer", customer)
				.param("assignee", assignee)
				.param("scheduled", scheduled)
				.param("start", start)
				.param("end", end)
				.param("amount", amount)
				.param("updated", java.sql.Timestamp.from(updatedAt))
				.param("deleted", deletedAt == null ? null : java.sql.Timestamp.from(deletedAt))
				.update();
			return uuid;
		}

	}

}
