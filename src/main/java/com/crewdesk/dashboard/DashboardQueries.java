package com.crewdesk.dashboard;

import com.crewdesk.patch.JobStatus;
import com.crewdesk.patch.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's numbers, each one query scoped by company and answered from a small
 * index (V16). "Open" is every status but the finished ones; the SQL repeats the
 * predicate of the partial indexes word for word.
 */
@Repository
public class DashboardQueries {

	/** Statuses of finished work: not overdue, not waiting for anyone. */
	static final List<JobStatus> FINISHED = List.of(JobStatus.COMPLETE, JobStatus.INVOICED, JobStatus.READY_TO_INVOICE);

	private static final String OPEN = "deleted_at IS NULL AND status NOT IN ('Complete', 'Invoiced', 'Ready to Invoice')";

	/** Open jobs nobody is assigned to, and how many of them are scheduled soon. */
	public record Unassigned(long open, long scheduledSoon) {
	}

	/** An active staff member and how many jobs they have on one day. */
	public record StaffDay(UUID id, String name, Role role, long jobs) {
	}

	/** Jobs created and completed in the week starting on {@code monday}. */
	public record Week(LocalDate monday, long created, long completed) {
	}

	/** One job of a technician's agenda. */
	public record AgendaJob(String number, String title, String status, LocalDate day, LocalTime start, LocalTime end,
			String customer) {
	}

	private final JdbcClient jdbc;

	DashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts per status for every status (zero included), for the company or for one
	 * assignee.
	 */
	List<StatusCount> countsByStatus(long companyId, UUID onlyAssignee) {
		Map<String, Long> counts = jdbc.sql("""
				SELECT status, count(*) AS n FROM jobs
				WHERE company_id = :company AND deleted_at IS NULL
				  AND (CAST(:assignee AS uuid) IS NULL OR assigned_to_user_id = :assignee)
				GROUP BY status""")
			.param("company", companyId)
			.param("assignee", onlyAssignee)
			.query((rs, row) -> Map.entry(rs.getString("status"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return Arrays.stream(JobStatus.values())
			.map(status -> new StatusCount(status.label(), counts.getOrDefault(status.label(), 0L)))
			.toList();
	}

	/** Open unassigned jobs; those scheduled from {@code from} to {@code to} as well. */
	Unassigned unassigned(long companyId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT count(*) AS open, count(*) FILTER (WHERE scheduled_date BETWEEN :from AND :to) AS soon
				FROM jobs
				WHERE company_id = :company AND assigned_to_user_id IS NULL AND %s""".formatted(OPEN))
			.param("company", companyId)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Unassigned(rs.getLong("open"), rs.getLong("soon")))
			.single();
	}

	/** Open jobs scheduled before {@code today}. */
	long overdue(long companyId, LocalDate today) {
		return jdbc.sql("SELECT count(*) FROM jobs WHERE company_id = :company AND scheduled_date < :today AND " + OPEN)
			.param("company", companyId)
			.param("today", today)
			.query(Long.class)
			.single();
	}

	/**
	 * How many jobs each active staff member has on {@code day}, with their role (the
	 * caller asks the Rulebook who takes jobs in the field).
	 */
	List<StaffDay> jobsOn(long companyId, LocalDate day) {
		Map<UUID, Long> counts = new HashMap<>();
		jdbc.sql("""
				SELECT assigned_to_user_id AS id, count(*) AS n FROM jobs
				WHERE company_id = :company AND deleted_at IS NULL AND scheduled_date = :day
				  AND assigned_to_user_id IS NOT NULL
				GROUP BY assigned_to_user_id""")
			.param("company", companyId)
			.param("day", day)
			.query((rs, row) -> counts.put(rs.getObject("id", UUID.class), rs.getLong("n")))
			.list();
		return jdbc.sql("""
				SELECT id, display_name, role FROM staff_users
				WHERE company_id = :company AND active
				ORDER BY display_name, id""").param("company", companyId).query((rs, row) -> {
			UUID id = rs.getObject("id", UUID.class);
			return new StaffDay(id, rs.getString("display_name"), Role.valueOf(rs.getString("role")),
					counts.getOrDefault(id, 0L));
		}).list();
	}

	/**
	 * Jobs created and completed per week, the weeks starting on the given Mondays
	 * (midnight in {@code zone}), oldest first.
	 */
	List<Week> weeks(long companyId, ZoneId zone, List<LocalDate> mondays) {
		Instant from = mondays.get(0).atStartOfDay(zone).toInstant();
		Instant to = mondays.get(mondays.size() - 1).plusWeeks(1).atStartOfDay(zone).toInstant();
		Map<LocalDate, Long> created = perWeek("created_at", companyId, zone, from, to);
		Map<LocalDate, Long> completed = perWeek("completed_at", companyId, zone, from, to);
		return mondays.stream()
			.map(monday -> new Week(monday, created.getOrDefault(monday, 0L), completed.getOrDefault(monday, 0L)))
			.toList();
	}

	private Map<LocalDate, Long> perWeek(String column, long companyId, ZoneId zone, Instant from, Instant to) {
		Map<LocalDate, Long> counts = new HashMap<>();
		jdbc.sql("""
				SELECT CAST(date_trunc('week', %1$s AT TIME ZONE :zone) AS date) AS monday, count(*) AS n
				FROM jobs
				WHERE company_id = :company AND deleted_at IS NULL AND %1$s >= :from AND %1$s < :to
				GROUP BY 1""".formatted(column))
			.param("company", companyId)
			.param("zone", zone.getId())
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> counts.put(rs.getObject("monday", LocalDate.class), rs.getLong("n")))
			.list();
		return counts;
	}

	/** A technician's jobs from {@code from} to {@code to}, in time order. */
	List<AgendaJob> agenda(long companyId, UUID technician, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT j.job_number, j.title, j.status, j.scheduled_date, j.scheduled_time_start,
				       j.scheduled_time_end, c.list_name
				FROM jobs j
				LEFT JOIN customers c ON c.company_id = j.company_id AND c.id = j.customer_id
				WHERE j.company_id = :company AND j.deleted_at IS NULL AND j.assigned_to_user_id = :technician
				  AND j.scheduled_date BETWEEN :from AND :to
				ORDER BY j.scheduled_date, j.scheduled_time_start NULLS LAST, j.job_number
				LIMIT 200""")
			.param("company", companyId)
			.param("technician", technician)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new AgendaJob(rs.getString("job_number"), rs.getString("title"), rs.getString("status"),
					rs.getObject("scheduled_date", LocalDate.class),
					rs.getObject("scheduled_time_start", LocalTime.class),
					rs.getObject("scheduled_time_end", LocalTime.class), rs.getString("list_name")))
			.list();
	}

}
