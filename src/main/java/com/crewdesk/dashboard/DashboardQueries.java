package com.crewdesk.dashboard;

import com.crewdesk.patch.JobStatus;
import com.crewdesk.patch.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's numbers, each one query scoped by company. The counts come from the
 * counts kept per company (V20: {@code job_counts} plus the changes not yet folded into
 * it, added up in one statement), so a tile reads a few hundred rows at most instead of
 * counting jobs. "Open" is every status but the finished ones.
 */
@Repository
public class DashboardQueries {

	/** Statuses of finished work: not overdue, not waiting for anyone. */
	static final List<JobStatus> FINISHED = List.of(JobStatus.COMPLETE, JobStatus.INVOICED, JobStatus.READY_TO_INVOICE);

	private static final String OPEN = "status NOT IN ('Complete', 'Invoiced', 'Ready to Invoice')";

	/**
	 * The kept counts: folded rows and the changes since, in one statement (one snapshot,
	 * so a compaction in between never counts a change twice).
	 */
	private static final String COUNTS = """
			(SELECT company_id, facet, status, assignee, day, n FROM job_counts
			 UNION ALL
			 SELECT company_id, facet, status, assignee, day, n FROM job_count_changes) AS counts""";

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
				SELECT status, sum(n) AS n FROM %s
				WHERE company_id = :company AND facet = 'status'
				  AND (CAST(:assignee AS uuid) IS NULL OR assignee = :assignee)
				GROUP BY status""".formatted(COUNTS))
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
		return jdbc
			.sql("""
					SELECT coalesce(sum(n) FILTER (WHERE facet = 'status'), 0) AS open,
					       coalesce(sum(n) FILTER (WHERE facet = 'assignee_day'), 0) AS soon
					FROM %s
					WHERE company_id = :company AND assignee IS NULL AND %s
					  AND (facet = 'status' OR facet = 'assignee_day' AND day BETWEEN :from AND :to)"""
				.formatted(COUNTS, OPEN))
			.param("company", companyId)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Unassigned(rs.getLong("open"), rs.getLong("soon")))
			.single();
	}

	/** Open jobs scheduled before {@code today}. */
	long overdue(long companyId, LocalDate today) {
		return jdbc.sql("""
				SELECT coalesce(sum(n), 0) FROM %s
				WHERE company_id = :company AND facet = 'day' AND day < :today AND %s""".formatted(COUNTS, OPEN))
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
				SELECT assignee, sum(n) AS n FROM %s
				WHERE company_id = :company AND facet = 'assignee_day' AND day = :day AND assignee IS NOT NULL
				GROUP BY assignee""".formatted(COUNTS))
			.param("company", companyId)
			.param("day", day)
			.query((rs, row) -> counts.put(rs.getObject("assignee", UUID.class), rs.getLong("n")))
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
	 * Jobs created and completed per week, the weeks starting on the given Mondays,
	 * oldest first. Days are the company's days (the counts keep created_at and
	 * completed_at per day in the company's time zone).
	 */
	List<Week> weeks(long companyId, List<LocalDate> mondays) {
		Map<LocalDate, Long> created = new HashMap<>();
		Map<LocalDate, Long> completed = new HashMap<>();
		jdbc.sql("""
				SELECT facet, day, sum(n) AS n FROM %s
				WHERE company_id = :company AND facet IN ('created', 'completed') AND day BETWEEN :from AND :to
				GROUP BY facet, day""".formatted(COUNTS))
			.param("company", companyId)
			.param("from", mondays.get(0))
			.param("to", mondays.get(mondays.size() - 1).plusDays(6))
			.query((rs, row) -> {
				LocalDate monday = rs.getObject("day", LocalDate.class).with(DayOfWeek.MONDAY);
				Map<LocalDate, Long> counts = "created".equals(rs.getString("facet")) ? created : completed;
				return counts.merge(monday, rs.getLong("n"), Long::sum);
			})
			.list();
		return mondays.stream()
			.map(monday -> new Week(monday, created.getOrDefault(monday, 0L), completed.getOrDefault(monday, 0L)))
			.toList();
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
