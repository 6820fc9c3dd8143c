-- The jobs list's totals (JobListKeptCount) come from the kept counts (V20) for every filter on statuses, priority
-- and assignee alone: their count read up to hundreds of thousands of index entries, ran out of its 10 ms budget and
-- said "at least 300" for 6,853 jobs. The status facet is now kept per priority as well.

ALTER TABLE job_counts ADD COLUMN priority varchar(10);
ALTER TABLE job_count_changes ADD COLUMN priority varchar(10);

DROP INDEX job_counts_key;
CREATE UNIQUE INDEX job_counts_key ON job_counts (company_id, facet, coalesce(day, '-infinity'::date),
    coalesce(status, ''), coalesce(assignee, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(priority, ''));

DROP FUNCTION job_count_keys(varchar, uuid, date, timestamptz, timestamptz, timestamptz, text);

-- The keys one job counts under (none for a deleted job); only the status facet carries the priority.
CREATE FUNCTION job_count_keys(job_status varchar, job_priority varchar, job_assignee uuid, scheduled date,
                               created timestamptz, completed timestamptz, deleted timestamptz, zone text)
    RETURNS TABLE (facet varchar, status varchar, priority varchar, assignee uuid, day date) LANGUAGE sql IMMUTABLE AS $$
    SELECT k.facet, k.status, k.priority, k.assignee, k.day
    FROM (VALUES (CAST('status' AS varchar), job_status, job_priority, job_assignee, CAST(NULL AS date)),
                 ('assignee_day', job_status, NULL, job_assignee, scheduled),
                 ('day', job_status, NULL, NULL, scheduled),
                 ('created', NULL, NULL, NULL, CAST(created AT TIME ZONE zone AS date)),
                 ('completed', NULL, NULL, NULL, CAST(completed AT TIME ZONE zone AS date)))
         AS k (facet, status, priority, assignee, day)
    WHERE deleted IS NULL AND (k.facet = 'status' OR k.day IS NOT NULL)
$$;

CREATE OR REPLACE FUNCTION job_counts_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        WITH z AS MATERIALIZED (SELECT company_id, job_counts_zone(company_id) AS zone FROM new_rows GROUP BY 1)
        INSERT INTO job_count_changes (company_id, facet, status, priority, assignee, day, n)
        SELECT r.company_id, k.facet, k.status, k.priority, k.assignee, k.day, count(*)
        FROM new_rows r JOIN z USING (company_id),
             job_count_keys(r.status, r.priority, r.assigned_to_user_id, r.scheduled_date, r.created_at,
                            r.completed_at, r.deleted_at, z.zone) k
        GROUP BY 1, 2, 3, 4, 5, 6;
    ELSIF TG_OP = 'DELETE' THEN
        WITH z AS MATERIALIZED (SELECT company_id, job_counts_zone(company_id) AS zone FROM old_rows GROUP BY 1)
        INSERT INTO job_count_changes (company_id, facet, status, priority, assignee, day, n)
        SELECT r.company_id, k.facet, k.status, k.priority, k.assignee, k.day, -count(*)
        FROM old_rows r JOIN z USING (company_id),
             job_count_keys(r.status, r.priority, r.assigned_to_user_id, r.scheduled_date, r.created_at,
                            r.completed_at, r.deleted_at, z.zone) k
        GROUP BY 1, 2, 3, 4, 5, 6;
    ELSE
        WITH r AS (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows),
             z AS MATERIALIZED (SELECT company_id, job_counts_zone(company_id) AS zone FROM r GROUP BY 1)
        INSERT INTO job_count_changes (company_id, facet, status, priority, assignee, day, n)
        SELECT r.company_id, k.facet, k.status, k.priority, k.assignee, k.day, sum(r.sign)
        FROM r JOIN z USING (company_id),
             job_count_keys(r.status, r.priority, r.assigned_to_user_id, r.scheduled_date, r.created_at,
                            r.completed_at, r.deleted_at, z.zone) k
        GROUP BY 1, 2, 3, 4, 5, 6
        HAVING sum(r.sign) <> 0;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION job_counts_rebuild(company bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    zone text := job_counts_zone(company);
BEGIN
    INSERT INTO job_count_changes (company_id, facet, status, priority, assignee, day, n)
    SELECT company, d.facet, d.status, d.priority, d.assignee, d.day, sum(d.n)
    FROM (SELECT k.facet, k.status, k.priority, k.assignee, k.day, count(*) AS n
          FROM jobs j,
               job_count_keys(j.status, j.priority, j.assigned_to_user_id, j.scheduled_date, j.created_at,
                              j.completed_at, j.deleted_at, zone) k
          WHERE j.company_id = company AND j.deleted_at IS NULL
          GROUP BY 1, 2, 3, 4, 5
          UNION ALL
          SELECT facet, status, priority, assignee, day, -n FROM job_counts WHERE company_id = company
          UNION ALL
          SELECT facet, status, priority, assignee, day, -n FROM job_count_changes WHERE company_id = company) AS d
    GROUP BY d.facet, d.status, d.priority, d.assignee, d.day
    HAVING sum(d.n) <> 0;
END $$;

CREATE OR REPLACE FUNCTION job_counts_compact() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    folded bigint;
BEGIN
    IF NOT pg_try_advisory_xact_lock(2011202620) THEN
        RETURN 0;
    END IF;
    WITH moved AS (DELETE FROM job_count_changes RETURNING company_id, facet, status, priority, assignee, day, n)
    INSERT INTO job_counts AS c (company_id, facet, status, priority, assignee, day, n)
    SELECT company_id, facet, status, priority, assignee, day, sum(n)
    FROM moved
    GROUP BY company_id, facet, status, priority, assignee, day
    HAVING sum(n) <> 0
    ON CONFLICT (company_id, facet, coalesce(day, '-infinity'::date), coalesce(status, ''),
                 coalesce(assignee, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(priority, ''))
        DO UPDATE SET n = c.n + excluded.n;
    GET DIAGNOSTICS folded = ROW_COUNT;
    DELETE FROM job_counts WHERE n = 0;
    RETURN folded;
END $$;

-- The status facet's rows have no priority yet: count them again.
DELETE FROM job_counts WHERE facet = 'status';
DELETE FROM job_count_changes WHERE facet = 'status';
SELECT job_counts_rebuild(id) FROM companies;
SELECT job_counts_compact();
