package com.crewdesk.board;

import com.crewdesk.jobs.StoredJob;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobValues;
import com.crewdesk.patch.JobStatus;
import com.crewdesk.patch.Role;
import com.crewdesk.patch.Rulebook;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The board's reads, every one scoped by company: the rows (field staff, and anyone else
 * with jobs in the range), the jobs of a day or week, the tray's unscheduled jobs, and
 * what changed since the board was drawn.
 */
@Repository
public class BoardQuery {

	/** The statuses of jobs that wait for a date ("not scheduled yet"). */
	static final List<String> UNSCHEDULED_STATUSES = List.of(JobStatus.NEW.label(), JobStatus.CONTACTED.label(),
			JobStatus.ESTIMATE_APPROVED.label());

	/**
	 * Commits can land a little after the time they stamp, and app instances' clocks
	 * differ a little: "changes since" looks this far back.
	 */
	static final String CHANGE_MARGIN = "interval '5 seconds'";

	/**
	 * Writes stamp updated_at with the time of the write; rows stamped further ahead (the
	 * demo data's future milestones) are no changes to look for, and would otherwise be
	 * read on every poll.
	 */
	static final String NOT_FUTURE = " AND updated_at <= now() + interval '1 minute'";

	/**
	 * A card's columns, the customer's name looked up per job: a join made the planner
	 * hash all 100,000 customers of the company (a parallel sequential scan, ~80 ms) for
	 * the 600 jobs of a day; a lookup is an index probe per job.
	 */
	private static final String COLUMNS = """
			SELECT j.uuid, j.job_number, j.title,
			       (SELECT c.list_name FROM customers c WHERE c.company_id = j.company_id AND c.id = j.customer_id)
			         AS list_name,
			       j.status, j.priority, j.assigned_to_user_id,
			       j.scheduled_date, j.scheduled_time_start, j.scheduled_time_end, j.version
			FROM jobs j
			""";

	/** The same with the customer joined, for the tray's search by customer name. */
	private static final String COLUMNS_WITH_CUSTOMER = """
			SELECT j.uuid, j.job_number, j.title, c.list_name, j.status, j.priority, j.assigned_to_user_id,
			       j.scheduled_date, j.scheduled_time_start, j.scheduled_time_end, j.version
			FROM jobs j
			JOIN customers c ON c.company_id = j.company_id AND c.id = j.customer_id
			""";

	private final JdbcClient jdbc;

	BoardQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A job as a card shows it. */
	public record BoardJob(UUID uuid, String number, String title, String customer, String status, String priority,
			UUID assignee, LocalDate date, LocalTime start, LocalTime end, long version) {

		public boolean timed() {
			return start != null;
		}

		/**
		 * The job as a move saved it: the engine's values, with the customer's name as
		 * drawn before (a move never changes the customer).
		 */
		BoardJob saved(StoredJob job) {
			JobValues values = job.values();
			return new BoardJob(job.uuid(), job.jobNumber(), values.title(), customer, values.status().label(),
					values.priority().label(), values.assignedToUserId(), values.scheduledDate(),
					(LocalTime) values.get(JobField.SCHEDULED_TIME_START),
					(LocalTime) values.get(JobField.SCHEDULED_TIME_END), job.version());
		}

	}

	/** A row of the board. */
	public record Technician(UUID id, String name) {
	}

	/** Who made a job's last change, and when. */
	public record LastChange(String by, Instant at) {
	}

	/**
	 * A fingerprint of the jobs changed since a moment (and a little before): unchanged
	 * fingerprint, unchanged board.
	 */
	public record ChangeState(Instant latest, long count, long versions) {

		public String token() {
			return count + "-" + versions;
		}

	}

	/** Where the jobs changed since a moment are now, and where they were taken from. */
	public record Changed(Set<UUID> assignees, boolean unassigned) {
	}

	/**
	 * The rows: active staff of the roles the Rulebook sends into the field, plus anyone
	 * else with jobs in the range; by name.
	 */
	public List<Technician> technicians(long companyId, LocalDate from, LocalDate to) {
		return technicians(companyId, from, to, null);
	}

	/**
	 * The rows among these staff ids (null: all), by the same rule. "Jobs in the range"
	 * is asked per staff member (an index probe of {@code jobs_assignee_day_idx}), not as
	 * every assignee of the range's jobs: 0.3 ms against 1.6 ms for a day of 600 jobs.
	 */
	public List<Technician> technicians(long companyId, LocalDate from, LocalDate to, Collection<UUID> among) {
		if (among != null && among.isEmpty()) {
			return List.of();
		}
		var sql = jdbc.sql("""
				SELECT s.id, s.display_name FROM staff_users s
				WHERE s.company_id = :company AND s.active""" + (among == null ? "" : " AND s.id IN (:among)") + """

				  AND (s.role IN (:roles) OR EXISTS (
				    SELECT 1 FROM jobs j
				    WHERE j.company_id = :company AND j.assigned_to_user_id = s.id AND j.deleted_at IS NULL
				      AND j.scheduled_date BETWEEN :from AND :to))
				ORDER BY s.display_name, s.id""")
			.param("company", companyId)
			.param("roles", fieldRoles())
			.param("from", from)
			.param("to", to);
		if (among != null) {
			sql = sql.param("among", among);
		}
		return sql.query((rs, n) -> new Technician(rs.getObject(1, UUID.class), rs.getString(2))).list();
	}

	/**
	 * The jobs dated in the filter's range that match its statuses and priorities:
	 * assigned to one of {@code assignees} (null: anyone), and the unassigned ones when
	 * {@code unassigned}.
	 */
	public List<BoardJob> jobs(long companyId, BoardFilter filter, Collection<UUID> assignees, boolean unassigned) {
		Where where = Where.of(filter);
		String who = assignees == null ? (unassigned ? "" : " AND j.assigned_to_user_id IS NOT NULL")
				: assignees.isEmpty() ? (unassigned ? " AND j.assigned_to_user_id IS NULL" : " AND false")
						: " AND (j.assigned_to_user_id IN (:assignees)"
								+ (unassigned ? " OR j.assigned_to_user_id IS NULL)" : ")");
		var sql = jdbc.sql(COLUMNS + """
				WHERE j.company_id = :company AND j.deleted_at IS NULL AND j.scheduled_date BETWEEN :from AND :to
				""" + where.sql() + who + """

				ORDER BY j.scheduled_date, j.scheduled_time_start NULLS FIRST, j.job_number""")
			.param("company", companyId)
			.param("from", filter.from())
			.param("to", filter.to());
		if (assignees != null && !assignees.isEmpty()) {
			sql = sql.param("assignees", assignees);
		}
		return where.bind(sql).query(BoardQuery::job).list();
	}

	/**
	 * "Not scheduled yet": unassigned jobs without a date in an early status, newest
	 * first, matching the tray's search (number, title or customer).
	 */
	public List<BoardJob> unscheduled(long companyId, BoardFilter filter, int limit) {
		Where where = Where.of(filter);
		String search = filter.traySearch().isEmpty() ? ""
				: " AND (j.job_number LIKE :prefix OR lower(j.title) LIKE :term OR lower(c.list_name) LIKE :term)";
		var sql = jdbc.sql(COLUMNS_WITH_CUSTOMER + """
				WHERE j.company_id = :company AND j.deleted_at IS NULL AND j.scheduled_date IS NULL
				  AND j.assigned_to_user_id IS NULL AND j.status IN ('New', 'Contacted', 'Estimate Approved')
				""" + where.sql() + search + """

				ORDER BY j.id DESC LIMIT :limit""").param("company", companyId).param("limit", limit);
		if (!search.isEmpty()) {
			String term = filter.traySearch()
				.toLowerCase()
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_");
			sql = sql.param("term", "%" + term + "%").param("prefix", "%" + term.toUpperCase() + "%");
		}
		return where.bind(sql).query(BoardQuery::job).list();
	}

	public Optional<BoardJob> job(long companyId, UUID uuid) {
		return jdbc.sql(COLUMNS + "WHERE j.company_id = :company AND j.uuid = :uuid AND j.deleted_at IS NULL")
			.param("company", companyId)
			.param("uuid", uuid)
			.query(BoardQuery::job)
			.optional();
	}

	/** The fingerprint of the jobs changed after {@code since} (minus the margin). */
	public ChangeState state(long companyId, Instant since) {
		return jdbc
			.sql("""
					SELECT max(updated_at), count(*), coalesce(sum(version), 0) FROM jobs
					WHERE company_id = :company AND updated_at > CAST(:since AS timestamptz) - """ + CHANGE_MARGIN
					+ NOT_FUTURE)
			.param("company", companyId)
			.param("since", since.atOffset(java.time.ZoneOffset.UTC))
			.query((rs, n) -> {
				OffsetDateTime latest = rs.getObject(1, OffsetDateTime.class);
				return new ChangeState(latest == null ? since : latest.toInstant(), rs.getLong(2), rs.getLong(3));
			})
			.single();
	}

	/**
	 * The rows touched by the jobs changed after {@code since} (minus the margin): their
	 * assignees now, and those they were taken from (job history).
	 */
	public Changed changedSince(long companyId, Instant since) {
		Set<UUID> assignees = new HashSet<>();
		boolean[] unassigned = { false };
		jdbc.sql("""
				SELECT assigned_to_user_id FROM jobs
				WHERE company_id = :company AND updated_at > CAST(:since AS timestamptz) - """ + CHANGE_MARGIN
				+ NOT_FUTURE + """

						UNION ALL
						SELECT CAST(old_value #>> '{}' AS uuid) FROM job_history
						WHERE company_id = :company AND field = 'assigned_to_user_id'
						  AND changed_at > CAST(:since AS timestamptz) - """ + CHANGE_MARGIN)
			.param("company", companyId)
			.param("since", since.atOffset(java.time.ZoneOffset.UTC))
			.query((ResultSet rs) -> {
				UUID id = rs.getObject(1, UUID.class);
				if (id == null) {
					unassigned[0] = true;
				}
				else {
					assignees.add(id);
				}
			});
		return new Changed(assignees, unassigned[0]);
	}

	/** Who changed a job last and when (staff name or API key name). */
	public Optional<LastChange> lastChange(long companyId, UUID job) {
		return jdbc.sql("""
				SELECT coalesce(s.display_name, k.name, 'someone'), h.changed_at
				FROM jobs j
				JOIN job_history h ON h.company_id = j.company_id AND h.job_id = j.id
				LEFT JOIN staff_users s ON s.company_id = h.company_id AND s.id = h.staff_id
				LEFT JOIN api_keys k ON k.company_id = h.company_id AND k.id = h.api_key_id
				WHERE j.company_id = :company AND j.uuid = :job
				ORDER BY h.changed_at DESC, h.id DESC LIMIT 1""")
			.param("company", companyId)
			.param("job", job)
			.query((rs, n) -> new LastChange(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.optional();
	}

	private static List<String> fieldRoles() {
		return Arrays.stream(Role.values()).filter(Rulebook::takesJobsInTheField).map(Role::name).toList();
	}

	private static BoardJob job(ResultSet rs, int row) throws SQLException {
		return new BoardJob(rs.getObject("uuid", UUID.class), rs.getString("job_number"), rs.getString("title"),
				rs.getString("list_name"), rs.getString("status"), rs.getString("priority"),
				rs.getObject("assigned_to_user_id", UUID.class), rs.getObject("scheduled_date", LocalDate.class),
				rs.getObject("scheduled_time_start", LocalTime.class),
				rs.getObject("scheduled_time_end", LocalTime.class), rs.getLong("version"));
	}

	/** The filter's statuses and priorities as SQL with bound values. */
	private record Where(String sql, List<String> statuses, List<String> priorities) {

		static Where of(BoardFilter filter) {
			List<String> statuses = filter.statuses().stream().map(JobStatus::label).toList();
			List<String> priorities = filter.priorities().stream().map(JobPriority::label).toList();
			return new Where((statuses.isEmpty() ? "" : " AND j.status IN (:statuses)")
					+ (priorities.isEmpty() ? "" : " AND j.priority IN (:priorities)"), statuses, priorities);
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			if (!statuses.isEmpty()) {
				spec = spec.param("statuses", statuses);
			}
			if (!priorities.isEmpty()) {
				spec = spec.param("priorities", priorities);
			}
			return spec;
		}

	}

}
