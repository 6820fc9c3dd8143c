-- The dashboard (dashboard/DashboardQueries) counts from small partial indexes instead of the whole jobs table.
-- "Open" is every status but the finished ones (Complete, Invoiced, Ready to Invoice); the queries repeat this
-- exact predicate so the planner can use the indexes.

-- Overdue: open jobs scheduled before today.
CREATE INDEX jobs_open_scheduled_idx ON jobs (company_id, scheduled_date)
    WHERE deleted_at IS NULL AND status NOT IN ('Complete', 'Invoiced', 'Ready to Invoice');

-- Unassigned open jobs, and how many of them are scheduled in the next days.
CREATE INDEX jobs_open_unassigned_idx ON jobs (company_id, scheduled_date)
    WHERE deleted_at IS NULL AND assigned_to_user_id IS NULL
      AND status NOT IN ('Complete', 'Invoiced', 'Ready to Invoice');

-- A technician's days (their agenda, today's count per technician).
CREATE INDEX jobs_assignee_day_idx ON jobs (company_id, assigned_to_user_id, scheduled_date, scheduled_time_start)
    WHERE deleted_at IS NULL;

-- Jobs created and completed per week (the chart, and the list's created_*/completed_* day filters).
CREATE INDEX jobs_created_idx ON jobs (company_id, created_at) WHERE deleted_at IS NULL;
CREATE INDEX jobs_completed_idx ON jobs (company_id, completed_at) WHERE deleted_at IS NULL AND completed_at IS NOT NULL;
