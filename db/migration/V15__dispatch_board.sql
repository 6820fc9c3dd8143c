-- The dispatch board (issue 14). Moves made on the board are recorded with their own channel.
ALTER TABLE job_history DROP CONSTRAINT job_history_channel_check;
ALTER TABLE job_history ADD CONSTRAINT job_history_channel_check
    CHECK (channel IN ('ui', 'inline', 'batch', 'api', 'board'));

-- A day (or week) of the board: the jobs of a date range, by assignee. The columns the board shows ride along,
-- so a day with hundreds of jobs is one range scan of this index plus the customer lookups.
CREATE INDEX jobs_board_day_idx ON jobs (company_id, scheduled_date, assigned_to_user_id)
    INCLUDE (scheduled_time_start, scheduled_time_end, status, priority) WHERE deleted_at IS NULL;

-- The tray's "not scheduled yet": unassigned jobs without a date in the early statuses, newest first.
CREATE INDEX jobs_board_unscheduled_idx ON jobs (company_id, id DESC)
    WHERE deleted_at IS NULL AND scheduled_date IS NULL AND assigned_to_user_id IS NULL
      AND status IN ('New', 'Contacted', 'Estimate Approved');

-- "Changes since": who a job was taken from, for the assignment changes of the last seconds.
CREATE INDEX job_history_board_assignee_idx ON job_history (company_id, changed_at)
    WHERE field = 'assigned_to_user_id';
