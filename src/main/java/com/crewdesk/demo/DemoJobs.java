package com.crewdesk.demo;

import com.crewdesk.jobs.JobNumberSequence;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generates demo jobs and streams them into PostgreSQL with one COPY, so 5,000 rows take
 * well under a second; a million rows (crewdesk.demo.acme-jobs=1000000, for benchmarks)
 * are loaded with the indexes built afterwards.
 */
class DemoJobs {

	private static final int PIPE = 1 << 20;

	private static final Logger log = LoggerFactory.getLogger(DemoJobs.class);

	/**
	 * From this many jobs on, the secondary indexes are built after the load instead of
	 * during it.
	 */
	private static final int BULK = 100_000;

	private static final String COPY = """
			COPY jobs (uuid, company_id, job_number, title, description, status, priority, is_urgent, is_emergency,
			  job_type, bid_type, customer_id, assigned_to_user_id, service_address1, service_city, service_state,
			  service_zip, latitude, longitude, estimated_amount, actual_amount, scheduled_date, scheduled_time_start,
			  scheduled_time_end, started_at, completed_at, invoiced_at, custom_fields, milestones, created_at,
			  created_via, updated_at, deleted_at)
			FROM STDIN WITH (FORMAT csv)""";

	private static final List<String> UPCOMING = List.of("New", "Contacted", "Scheduled", "Scheduled", "Scheduled",
			"Estimate Sent", "Estimate Approved");

	private static final List<String> PAST = List.of("In Progress", "Needs Approval", "Ready to Invoice", "Invoiced",
			"Complete", "Complete", "Complete", "Complete");

	private static final List<String> UNSCHEDULED = List.of("New", "New", "Contacted", "Estimate Sent");

	private static final List<String> DEPARTMENTS = List.of("Facilities", "Operations", "Maintenance", "Sales");

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final Random random;

	private final DemoCatalog catalog;

	private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	DemoJobs(JdbcTemplate jdbcTemplate, JdbcClient jdbc, Random random, DemoCatalog catalog) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.random = random;
		this.catalog = catalog;
	}

	/** How many days after today each technician's agenda is filled. */
	private static final int AGENDA_DAYS = 7;

	/**
	 * One job of a technician's agenda: the first rows of the load fill today and the
	 * coming days with 3-6 jobs each, one after the other.
	 */
	private record Slot(UUID technician, LocalDate day, LocalTime start, LocalTime end) {
	}

	private List<Slot> agenda = List.of();

	void insert(long company, int count, List<DemoCustomers.DemoCustomer> customers, List<UUID> technicians,
			List<String> checklistKeys) {
		agenda = agenda(technicians, count);
		boolean bulk = count >= BULK;
		long started = System.nanoTime();
		DeferredIndexes indexes = bulk ? DeferredIndexes.dropFrom(jdbcTemplate, "jobs") : null;
		boolean unchecked = bulk && skipForeignKeyChecks();
		copy(company, count, customers, technicians, checklistKeys);
		long copied = System.nanoTime();
		if (unchecked) {
			jdbcTemplate.execute("SET LOCAL session_replication_role = origin");
			// The replica role skipped the job counts' trigger (V20) as well: count the
			// company's jobs once.
			jdbc.sql("SELECT job_counts_rebuild(:c)").param("c", company).query().singleRow();
		}
		if (indexes != null) {
			indexes.rebuild();
		}
		jdbc.sql("INSERT INTO job_number_counters (company_id, last_number) VALUES (:c, :n)")
			.param("c", company)
			.param("n", count)
			.update();
		if (bulk) {
			log.info("{} demo jobs copied in {} ms{}, indexes built in {} ms", count, (copied - started) / 1_000_000,
					unchecked ? " (foreign keys not re-checked)" : "", (System.nanoTime() - copied) / 1_000_000);
		}
	}

	/**
	 * The generated rows only reference customers and staff inserted just before, so a
	 * superuser may spare the database a million foreign-key lookups
	 * (session_replication_role = replica skips those triggers).
	 */
	private boolean skipForeignKeyChecks() {
		Boolean superuser = jdbcTemplate.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
				Boolean.class);
		if (Boolean.TRUE.equals(superuser)) {
			jdbcTemplate.execute("SET LOCAL session_replication_role = replica");
			return true;
		}
		return false;
	}

	/**
	 * Streams the rows into one COPY while they are generated: a producer thread writes
	 * CSV into a pipe that the COPY reads, so generating and loading use both cores.
	 */
	private void copy(long company, int count, List<DemoCustomers.DemoCustomer> customers, List<UUID> technicians,
			List<String> checklistKeys) {
		AtomicReference<Exception> failure = new AtomicReference<>();
		try (PipedReader reader = new PipedReader(PIPE)) {
			PipedWriter pipe = new PipedWriter(reader);
			Thread producer = new Thread(() -> {
				try (CSVPrinter printer = new CSVPrinter(new BufferedWriter(pipe, PIPE), CSVFormat.POSTGRESQL_CSV)) {
					for (int number = 1; number <= count; number++) {
						printer.printRecord(row(company, number, customers, technicians, checklistKeys));
					}
				}
				catch (IOException | RuntimeException ex) {
					failure.set(ex);
				}
			}, "demo-jobs-csv");
			producer.start();
			jdbcTemplate.execute((java.sql.Connection connection) -> {
				try {
					return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, reader);
				}
				catch (IOException ex) {
					throw new SQLException("COPY of demo jobs failed", ex);
				}
			});
			producer.join();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading demo jobs", ex);
		}
		if (failure.get() != null) {
			throw new IllegalStateException("Generating demo jobs failed", failure.get());
		}
	}

	/**
	 * Each technician's today and next 7 days: 3-6 jobs a day from about 7:00, 60 or 90
	 * minutes each with half an hour between them.
	 */
	private List<Slot> agenda(List<UUID> technicians, int count) {
		List<Slot> slots = new java.util.ArrayList<>();
		for (UUID technician : technicians) {
			for (int day = 0; day <= AGENDA_DAYS; day++) {
				LocalTime start = LocalTime.of(7, random.nextBoolean() ? 0 : 30);
				for (int job = 3 + random.nextInt(4); job > 0; job--) {
					LocalTime end = start.plusMinutes(random.nextBoolean() ? 60 : 90);
					slots.add(new Slot(technician, today.plusDays(day), start, end));
					start = end.plusMinutes(30);
				}
			}
		}
		return slots.size() <= count / 2 ? slots : List.of();
	}

	private Object[] row(long company, int number, List<DemoCustomers.DemoCustomer> customers, List<UUID> technicians,
			List<String> checklistKeys) {
		DemoCustomers.DemoCustomer customer = DemoCatalog.pick(random, customers);
		Instant created = now.minus(random.nextInt(180 * 24 * 60), ChronoUnit.MINUTES);
		Slot slot = number <= agenda.size() ? agenda.get(number - 1) : null;
		LocalDate scheduled = random.nextInt(8) == 0 ? null : today.plusDays(random.nextInt(181) - 120);
		UUID assignee = technicians.isEmpty() || random.nextInt(7) == 0 ? null : DemoCatalog.pick(random, technicians);
		if (assignee != null && scheduled != null && !scheduled.isBefore(today)
				&& !scheduled.isAfter(today.plusDays(AGENDA_DAYS))) {
			// The agenda rows fill technicians' coming days; others move past them.
			scheduled = today.plusDays(AGENDA_DAYS + 1 + random.nextInt(53));
		}
		String status = scheduled == null ? DemoCatalog.pick(random, UNSCHEDULED)
				: scheduled.isBefore(today) ? DemoCatalog.pick(random, PAST) : DemoCatalog.pick(random, UPCOMING);
		int priorityRoll = random.nextInt(100);
		String priority = priorityRoll < 15 ? "Low"
				: priorityRoll < 75 ? "Normal" : priorityRoll < 95 ? "High" : "Emergency";
		LocalTime start = scheduled == null ? null : LocalTime.of(7 + random.nextInt(8), random.nextBoolean() ? 0 : 30);
		LocalTime end = start == null ? null : start.plusHours(1 + random.nextInt(4));
		if (slot != null) {
			scheduled = slot.day();
			start = slot.start();
			end = slot.end();
			assignee = slot.technician();
			status = "Scheduled";
		}
		BigDecimal estimate = BigDecimal.valueOf(150 + random.nextInt(24_000), 0)
			.add(BigDecimal.valueOf(random.nextInt(100), 2));
		boolean done = List.of("Invoiced", "Complete", "Ready to Invoice").contains(status);
		Instant started = scheduled != null && PAST.contains(status) ? notLater(atWork(scheduled, start)) : null;
		Instant completed = done || "Needs Approval".equals(status)
				? notLater(started.plus(3 + random.nextInt(30), ChronoUnit.HOURS)) : null;
		Instant invoiced = "Invoiced".equals(status) || "Complete".equals(status)
				? notLater(completed.plus(1 + random.nextInt(5), ChronoUnit.DAYS)) : null;
		Instant updated = latest(created, completed, invoiced);
		return new Object[] { UUID.randomUUID(), company, JobNumberSequence.format(number),
				DemoCatalog.pick(random, catalog.jobTitles()),
				random.nextInt(3) == 0 ? null : DemoCatalog.pick(random, catalog.descriptions()), status, priority,
				"Emergency".equals(priority) || random.nextInt(20) == 0, "Emergency".equals(priority),
				random.nextInt(4) == 0 ? "c" : random.nextInt(10) == 0 ? "m" : "r",
				random.nextInt(3) == 0 ? null : DemoCatalog.pick(random, List.of("c", "i", "r", "f")), customer.id(),
				assignee, customer.street(), customer.city(), customer.state(), customer.zip(), customer.latitude(),
				customer.longitude(), estimate, done ? estimate.add(BigDecimal.valueOf(random.nextInt(500))) : null,
				scheduled, start, end, started, completed, invoiced, customFields(checklistKeys.isEmpty()),
				milestones(checklistKeys, started, assignee), created, random.nextInt(5) == 0 ? "api" : "ui", updated,
				slot == null && random.nextInt(33) == 0 ? notLater(updated.plus(1, ChronoUnit.HOURS)) : null };
	}

	/** No demo timestamp lies in the future. */
	private Instant notLater(Instant instant) {
		return instant.isAfter(now) ? now : instant;
	}

	private Instant atWork(LocalDate day, LocalTime start) {
		return day.atTime(start).toInstant(ZoneOffset.ofHours(-7)).plus(random.nextInt(40), ChronoUnit.MINUTES);
	}

	private static Instant latest(Instant... instants) {
		Instant latest = instants[0];
		for (Instant instant : instants) {
			if (instant != null && instant.isAfter(latest)) {
				latest = instant;
			}
		}
		return latest;
	}

	private String customFields(boolean none) {
		if (none || random.nextInt(3) != 0) {
			return "[]";
		}
		return "[{\"key\":\"PO_Number\",\"val\":\"PO-2026-" + (1000 + random.nextInt(9000))
				+ "\"},{\"key\":\"Department\",\"val\":\"" + DemoCatalog.pick(random, DEPARTMENTS) + "\"}]";
	}

	private String milestones(List<String> checklistKeys, Instant started, UUID by) {
		if (checklistKeys.isEmpty() || started == null || by == null) {
			return "{}";
		}
		StringBuilder json = new StringBuilder("{");
		int steps = 1 + random.nextInt(checklistKeys.size());
		for (int i = 0; i < steps; i++) {
			json.append(i == 0 ? "" : ",")
				.append('"')
				.append(checklistKeys.get(i))
				.append("\":{\"completed_at\":\"")
				.append(started.minus(steps - i, ChronoUnit.DAYS))
				.append("\",\"completed_by\":\"")
				.append(by)
				.append("\"}");
		}
		return json.append('}').toString();
	}

}
