-- Job numbers are "JOB-" and digits, made only by JobNumberSequence and never patched (P4). The list's search
-- relies on that shape to decide which numbers can contain a term (JobSearch), so the database holds it too.
ALTER TABLE jobs ADD CONSTRAINT jobs_job_number_format CHECK (job_number ~ '^JOB-[0-9]+$');

-- The search used one trigram index over title, description and the whole job number. Every job number holds the
-- trigrams of "JOB-" (and most hold "000"), so any term with "job-" in it read posting lists that name every job:
-- ~20 ms for "JOB-004242" on a million jobs, twice per page (rows and count). Title and description keep their
-- trigrams; of the number only the digits are indexed, and a term that runs from "JOB-" into digits becomes a
-- prefix lookup on the number's btree (below).
DROP INDEX jobs_list_search_idx;

-- Byte order for job numbers: they sort as before ("JOB-" then zero-padded digits), and LIKE 'JOB-0042%' is planned
-- as a range scan of the indexes on (company_id, job_number), which other collations do not allow.
ALTER TABLE jobs ALTER COLUMN job_number TYPE varchar(20) COLLATE "C";

CREATE INDEX jobs_list_search_idx ON jobs USING gin (company_id,
    (lower(title || ' ' || coalesce(description, ''))) gin_trgm_ops,
    (substr(job_number, 5)) gin_trgm_ops);

-- The capped count of "status + assignee" (a technician's own jobs by status, too) and "status + priority" read
-- this index alone: the filtered columns ride along, so no row is fetched (3 ms instead of 16–77 ms for the first
-- 1,001 matches on a million jobs). Sorting by status reads it as before.
DROP INDEX jobs_list_status_idx;
CREATE INDEX jobs_list_status_idx ON jobs (company_id, status, id) INCLUDE (assigned_to_user_id, priority)
    WHERE deleted_at IS NULL;
