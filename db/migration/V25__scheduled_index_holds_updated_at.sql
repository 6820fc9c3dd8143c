-- The jobs of a range of scheduled days (the list's "from/to" filter, the dashboard's links), newest activity first,
-- from this index alone: JobListQuery.PAGE_OF_FEW sorts a week's matches by updated_at, which it read from every
-- matching row of the table before (15-20 ms for the 4,700 jobs of a week on a million; 1.6 ms from the index).
DROP INDEX jobs_list_scheduled_idx;
CREATE INDEX jobs_list_scheduled_idx ON jobs (company_id, scheduled_date, scheduled_time_start, id) INCLUDE (updated_at)
    WHERE deleted_at IS NULL;
