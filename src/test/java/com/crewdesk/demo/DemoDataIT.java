package com.crewdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo data looks like a real company's: nothing happened in the future, every
 * technician has a full but possible day today and on the coming days, and the dispatcher
 * has unassigned and overdue jobs to deal with.
 */
@CrewdeskIntegrationTest
class DemoDataIT {

	/** The demo's own jobs (tests add more with higher numbers). */
	private static final String DEMO_JOBS = """
			FROM jobs j JOIN companies co ON co.id = j.company_id
			WHERE ((co.name = 'Acme Roofing' AND j.job_number <= 'JOB-005000')
			   OR (co.name = 'Bolt Plumbing' AND j.job_number <= 'JOB-000500'))""";

	@Autowired
	JdbcClient jdbc;

	@Test
	void noDemoTimestampLiesInTheFuture() {
		long future = jdbc.sql("""
				SELECT count(*) %s
				  AND greatest(j.created_at, j.updated_at, j.started_at, j.completed_at, j.invoiced_at, j.paid_at,
				               j.deleted_at) > now()""".formatted(DEMO_JOBS)).query(Long.class).single();
		assertThat(future).isZero();
	}

	@Test
	void eachTechnicianHasThreeToSixJobsADayThatDoNotOverlap() {
		List<Map<String, Object>> days = jdbc
			.sql("""
					WITH agenda AS (
					    SELECT j.assigned_to_user_id, j.scheduled_date, j.scheduled_time_start, j.scheduled_time_end,
					           lag(j.scheduled_time_end) OVER (PARTITION BY j.assigned_to_user_id, j.scheduled_date
					                                           ORDER BY j.scheduled_time_start) AS previous_end
					    %s)
					SELECT s.email, d.day, count(a.scheduled_date) AS jobs,
					       count(*) FILTER (WHERE a.previous_end > a.scheduled_time_start) AS overlaps
					FROM staff_users s
					CROSS JOIN generate_series(current_date, current_date + 7, interval '1 day') AS d(day)
					LEFT JOIN agenda a ON a.assigned_to_user_id = s.id AND a.scheduled_date = d.day::date
					WHERE s.email IN ('tech@acme.test', 'luis@acme.test', 'priya@acme.test', 'sam@acme.test', 'tech@bolt.test')
					GROUP BY s.email, d.day"""
				.formatted(DEMO_JOBS + " AND j.deleted_at IS NULL"))
			.query()
			.listOfRows();
		assertThat(days).hasSize(5 * 8);
		assertThat(days).allSatisfy(day -> {
			assertThat((Long) day.get("jobs")).as(day.toString()).isBetween(3L, 6L);
			assertThat((Long) day.get("overlaps")).as(day.toString()).isZero();
		});
	}

	@Test
	void someJobsAreUnassignedAndSomeOverdue() {
		Map<String, Object> counts = jdbc
			.sql("""
					SELECT count(*) FILTER (WHERE j.assigned_to_user_id IS NULL AND j.scheduled_date >= current_date) AS unassigned,
					       count(*) FILTER (WHERE j.scheduled_date < current_date
					                        AND j.status NOT IN ('Complete', 'Invoiced', 'Ready to Invoice')) AS overdue
					%s"""
				.formatted(DEMO_JOBS))
			.query()
			.singleRow();
		assertThat((Long) counts.get("unassigned")).isPositive();
		assertThat((Long) counts.get("overdue")).isPositive();
	}

}
