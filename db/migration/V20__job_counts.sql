-- The dashboard's numbers (dashboard/DashboardQueries) kept per company instead of counted over every job: at a
-- million jobs, counting per status and per week read hundreds of thousands of index entries (~1 s).
--
-- Every statement that writes jobs (a patch, a batch, an import, a COPY) appends its net change to
-- job_count_changes: a statement-level trigger reads the statement's transition tables, so a batch of 1,000 rows adds
-- one small set of rows, and writers never wait for each other (they only append). job_counts_compact() folds the
-- changes into job_counts now and then (dashboard/JobCountsCompactor); a reader adds both tables up in one statement.
--
-- A job that is not deleted counts once in each facet that applies to it:
--   status        per status and assignee (assignee NULL: nobody)
--   assignee_day  per scheduled day, status and assignee
--   day           per scheduled day and status
--   created       per day of created_at in the company's time zone
--   completed     per day of completed_at in the company's time zone
-- Both tables carry company_id, so row-level security applies to them like to jobs.

CREATE TABLE job_counts (
    company_id bigint      NOT NULL,
    facet      varchar(12) NOT NULL CHECK (facet IN ('status', 'assignee_day', 'day', 'created', 'completed')),
    status     varchar(20),
    assignee   uuid,
    day        date,
    n          bigint      NOT NULL
);
-- One row per key (the compaction upserts on it; PostgreSQL 14 has no NULLS NOT DISTINCT).
CREATE UNIQUE INDEX job_counts_key ON job_counts (company_id, facet, coalesce(day, '-infinity'::date),
    coalesce(status, ''), coalesce(assignee, '00000000-0000-0000-0000-000000000000'::uuid));
CREATE INDEX job_counts_read_idx ON job_counts (company_id, facet, day, status);
CREATE INDEX job_counts_zero_idx ON job_counts (company_id) WHERE n = 0;

CREATE TABLE job_count_changes (
    company_id bigint      NOT NULL,
    facet      varchar(12) NOT NULL,
    status     varchar(20),
    assignee   uuid,
    day        date,
    n          bigint      NOT NULL
);
CREATE INDEX job_count_changes_read_idx ON job_count_changes (company_id, facet, day);

-- The company's time zone as PostgreSQL knows it; UTC when it does not (as CompanySettingsService.zone does).
CREATE FUNCTION job_counts_zone(company bigint) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
    zone text := coalesce((SELECT time_zone FROM companies WHERE id = company), 'UTC');
BEGIN
    PERFORM now() AT TIME ZONE zone;
    RETURN zone;
EXCEPTION WHEN invalid_parameter_value THEN
    RETURN 'UTC';
END $$;

-- The keys one job counts under (none for a deleted job).
CREATE FUNCTION job_count_keys(job_status varchar, job_assignee uuid, scheduled date, created timestamptz,
                               completed timestamptz, deleted timestamptz, zone text)
    RETURNS TABLE (facet varchar, status varchar, assignee uuid, day date) LANGUAGE sql IMMUTABLE AS $$
    SELECT k.facet, k.status, k.assignee, k.day
    FROM (VALUES (CAST('status' AS varchar), job_status, job_assignee, CAST(NULL AS date)),
                 ('assignee_day', job_status, job_assignee, scheduled),
                 ('day', job_status, NULL, scheduled),
                 ('created', NULL, NULL, CAST(created AT TIME ZONE zone AS date)),
                 ('completed', NULL, NULL, CAST(completed AT TIME ZONE zone AS date))) AS k (facet, status, assignee, day)
    WHERE deleted IS NULL AND (k.facet = 'status' OR k.day IS NOT NULL)
$$;

-- The trigger: +1 per key of each new row, -1 per key of each old row, netted per statement.
CREATE FUNCTION job_counts_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        WITH z AS MATERIALIZED (SELECT company_id, job_counts_zone(company_id) AS zone FROM new_rows GROUP BY 1)
        INSERT INTO job_count_changes (company_id, facet, status, assignee, day, n)
        SELECT r.company_id, k.facet, k.status, k.assignee, k.day, count(*)
        FROM new_rows r JOIN z USING (company_id),
             job_count_keys(r.status, r.assigned_to_user_id, r.scheduled_date, r.created_at, r.completed_at,
                            r.deleted_at, z.zone) k
        GROUP BY 1, 2, 3, 4, 5;
    ELSIF TG_OP = 'DELETE' THEN
        WITH z AS MATERIALIZED (SELECT company_id, job_counts_zone(company_id) AS zone FROM old_rows GROUP BY 1)
        INSERT INTO job_count_changes (company_id, facet, status, assignee, day, n)
        SELECT r.company_id, k.facet, k.status, k.assignee, k.day, -count(*)
        FROM old_rows r JOIN z USING (company_id),
             job_count_keys(r.status, r.assigned_to_user_id, r.scheduled_date, r.created_at, r.completed_at,
                            r.deleted_at, z.zone) k
        GROUP BY 1, 2, 3, 4, 5;
    ELSE
        WITH r AS (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows),
             z AS MATERIALIZED (SELECT company_id, job_counts_zone(company_id) AS zone FROM r GROUP BY 1)
        INSERT INTO job_count_changes (company_id, facet, status, assignee, day, n)
        SELECT r.company_id, k.facet, k.status, k.assignee, k.day, sum(r.sign)
        FROM r JOIN z USING (company_id),
             job_count_keys(r.status, r.assigned_to_user_id, r.scheduled_date, r.created_at, r.completed_at,
                            r.deleted_at, z.zone) k
        GROUP BY 1, 2, 3, 4, 5
        HAVING sum(r.sign) <> 0;
    END IF;
    RETURN NULL;
END $$;

-- (Transition tables allow one event per trigger.)
CREATE TRIGGER job_counts_inserted AFTER INSERT ON jobs REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION job_counts_after_write();
CREATE TRIGGER job_counts_updated AFTER UPDATE ON jobs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION job_counts_after_write();
CREATE TRIGGER job_counts_deleted AFTER DELETE ON jobs REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION job_counts_after_write();

CREATE FUNCTION job_counts_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM job_count_changes;
    DELETE FROM job_counts;
    RETURN NULL;
END $$;
CREATE TRIGGER job_counts_truncated AFTER TRUNCATE ON jobs
    FOR EACH STATEMENT EXECUTE FUNCTION job_counts_after_truncate();

-- Makes a company's counts agree with its jobs again by appending the difference as a change: one statement, so the
-- jobs and the counts are read in one snapshot, and a write committed meanwhile keeps its own change. For loads
-- that skip triggers (the demo loader's COPY as superuser) and for a changed time zone.
CREATE FUNCTION job_counts_rebuild(company bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    zone text := job_counts_zone(company);
BEGIN
    INSERT INTO job_count_changes (company_id, facet, status, assignee, day, n)
    SELECT company, d.facet, d.status, d.assignee, d.day, sum(d.n)
    FROM (SELECT k.facet, k.status, k.assignee, k.day, count(*) AS n
          FROM jobs j,
               job_count_keys(j.status, j.assigned_to_user_id, j.scheduled_date, j.created_at, j.completed_at,
                              j.deleted_at, zone) k
          WHERE j.company_id = company AND j.deleted_at IS NULL
          GROUP BY 1, 2, 3, 4
          UNION ALL
          SELECT facet, status, assignee, day, -n FROM job_counts WHERE company_id = company
          UNION ALL
          SELECT facet, status, assignee, day, -n FROM job_count_changes WHERE company_id = company) AS d
    GROUP BY d.facet, d.status, d.assignee, d.day
    HAVING sum(d.n) <> 0;
END $$;

-- A new time zone moves created/completed days: count them again.
CREATE FUNCTION job_counts_zone_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM job_counts_rebuild(NEW.id);
    RETURN NULL;
END $$;
CREATE TRIGGER job_counts_zone_changed AFTER UPDATE OF time_zone ON companies
    FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION job_counts_zone_changed();

-- Folds the changes into job_counts (one compaction at a time across instances; another caller returns at once).
-- Returns how many keys changed.
CREATE FUNCTION job_counts_compact() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    folded bigint;
BEGIN
    IF NOT pg_try_advisory_xact_lock(2011202620) THEN
        RETURN 0;
    END IF;
    WITH moved AS (DELETE FROM job_count_changes RETURNING company_id, facet, status, assignee, day, n)
    INSERT INTO job_counts AS c (company_id, facet, status, assignee, day, n)
    SELECT company_id, facet, status, assignee, day, sum(n)
    FROM moved
    GROUP BY company_id, facet, status, assignee, day
    HAVING sum(n) <> 0
    ON CONFLICT (company_id, facet, coalesce(day, '-infinity'::date), coalesce(status, ''),
                 coalesce(assignee, '00000000-0000-0000-0000-000000000000'::uuid))
        DO UPDATE SET n = c.n + excluded.n;
    GET DIAGNOSTICS folded = ROW_COUNT;
    DELETE FROM job_counts WHERE n = 0;
    RETURN folded;
END $$;

SELECT job_counts_rebuild(id) FROM companies;
SELECT job_counts_compact();
