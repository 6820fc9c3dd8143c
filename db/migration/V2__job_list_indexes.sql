-- Indexes for the jobs list (SPEC §3): every one leads with company_id, because every list query starts with
-- "company_id = :company". Partial on deleted_at IS NULL where only the normal view (without "Show deleted")
-- needs them: smaller, and the planner uses them whenever the query says "deleted_at IS NULL".
-- Sort indexes end with id: the list breaks ties by id, so ORDER BY x, id (either direction) is read
-- straight from the index and stops after one page.

-- Default order, newest activity first. Not partial, so "Show deleted" is fast too.
CREATE INDEX jobs_list_updated_idx ON jobs (company_id, updated_at DESC, id DESC);

-- Filter by one or more statuses, newest first; and sort by status.
CREATE INDEX jobs_list_status_updated_idx ON jobs (company_id, status, updated_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX jobs_list_status_idx ON jobs (company_id, status, id) WHERE deleted_at IS NULL;
-- Superseded by the two above.
DROP INDEX jobs_company_status_idx;

-- Filter by assignee (and a technician's own jobs), newest first; and sort by assignee.
CREATE INDEX jobs_list_assignee_updated_idx ON jobs (company_id, assigned_to_user_id, updated_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX jobs_list_assignee_idx ON jobs (company_id, assigned_to_user_id, id) WHERE deleted_at IS NULL;

-- Filter by customer, newest first; and sort by customer name (customers walked in name order).
CREATE INDEX jobs_list_customer_updated_idx ON jobs (company_id, customer_id, updated_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX jobs_list_customer_idx ON jobs (company_id, customer_id, id) WHERE deleted_at IS NULL;

-- Sorts (and the scheduled date range filter).
CREATE INDEX jobs_list_number_idx ON jobs (company_id, job_number, id) WHERE deleted_at IS NULL;
CREATE INDEX jobs_list_title_idx ON jobs (company_id, title, id) WHERE deleted_at IS NULL;
CREATE INDEX jobs_list_priority_idx ON jobs (company_id,
    (CASE priority WHEN 'Low' THEN 1 WHEN 'Normal' THEN 2 WHEN 'High' THEN 3 ELSE 4 END), id) WHERE deleted_at IS NULL;
CREATE INDEX jobs_list_scheduled_idx ON jobs (company_id, scheduled_date, scheduled_time_start, id) WHERE deleted_at IS NULL;
CREATE INDEX jobs_list_amount_idx ON jobs (company_id, estimated_amount, id) WHERE deleted_at IS NULL;

-- Free-text search: case-insensitive substring of title, description and job number. The query uses exactly
-- this expression with LIKE '%term%' (JobListSql.SEARCH_TEXT); trigrams make that an index lookup.
CREATE INDEX jobs_list_search_idx ON jobs USING gin (company_id,
    (lower(title || ' ' || coalesce(description, '') || ' ' || job_number)) gin_trgm_ops);
