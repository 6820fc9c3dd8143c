package com.crewdesk.jobs.web;

import com.crewdesk.jobs.JobStatus;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JobListQueries {

	private final JdbcClient jdbc;

	JobListQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<JobListRow> firstPage(long companyId, UUID onlyAssignee, JobStatus status, int limit) {
		return jdbc.sql("""
				SELECT j.uuid, j.job_number, j.title, j.status, j.priority, j.scheduled_date, j.estimated_amount,
				       j.updated_at,
				       trim(coalesce(c.company_name || ' — ', '') || coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) AS customer_name,
				       s.display_name AS assignee_name
				FROM jobs j
				JOIN customers c ON c.company_id = j.company_id AND c.id = j.customer_id
				LEFT JOIN staff_users s ON s.company_id = j.company_id AND s.id = j.assigned_to_user_id
				WHERE j.company_id = :company AND j.deleted_at IS NULL
				  AND (CAST(:status AS varchar) IS NULL OR j.status = :status)
				  AND (CAST(:assignee AS uuid) IS NULL OR j.assigned_to_user_id = :assignee)
				ORDER BY j.updated_at DESC, j.id DESC
				LIMIT :limit""")
			.param("company", companyId)
			.param("status", status == null ? null : status.label())
			.param("assignee", onlyAssignee)
			.param("limit", limit)
			.query(JobListRow.class)
			.list();
	}
}
