-- A backstop under tenant isolation (issue 17): every query filters by company_id, and a future one that forgets
-- would leak silently. Row-level security makes the database refuse it as well.
--
-- The application's work runs under the role crewdesk_app, which is not the tables' owner and may not bypass the
-- policies; each connection takes it with the setting crewdesk.company_id of its caller (RowLevelSecurityDataSource).
-- Only the paths that really span companies run as the owner (the connecting user): migrations, the login and API-key
-- lookups, the claims of background work and the demo loader; each says why where it calls Tenancy.acrossCompanies.
--
-- The connecting user needs to be allowed to create the role once (a superuser, or CREATEROLE); see README.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'crewdesk_app') THEN
        CREATE ROLE crewdesk_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
    END IF;
END
$$;

-- The connecting user switches to the role per connection (SET ROLE needs membership).
GRANT crewdesk_app TO CURRENT_USER;

GRANT USAGE ON SCHEMA public TO crewdesk_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO crewdesk_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO crewdesk_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO crewdesk_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO crewdesk_app;

-- One policy per tenant table: the rows of the connection's company, for reading and for writing. An unset or empty
-- setting matches no row. RowLevelSecurityIT fails for a table with company_id that has no policy.
DO $$
DECLARE
    tenant_table text;
BEGIN
    FOR tenant_table IN
        SELECT c.table_name
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND c.column_name = 'company_id' AND t.table_type = 'BASE TABLE'
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format('CREATE POLICY company_rows ON %I USING '
                           || '(company_id = nullif(current_setting(''crewdesk.company_id'', true), '''')::bigint)',
                       tenant_table);
    END LOOP;
END
$$;

ALTER TABLE companies ENABLE ROW LEVEL SECURITY;
CREATE POLICY company_rows ON companies USING (id = nullif(current_setting('crewdesk.company_id', true), '')::bigint);

-- The searches compare a stored column instead of an expression over several columns: PostgreSQL never counts
-- COALESCE as leakproof, so under a policy a condition on "lower(title || ' ' || coalesce(description, ''))" could
-- not use its trigram index (a rare search term over 1,000,000 jobs took 3.4 s instead of 15 ms). The column holds
-- exactly the expression JobSearch searched before (the customers' search_text column is V22's).
ALTER TABLE jobs ADD COLUMN search_text text GENERATED ALWAYS AS (lower(title || ' ' || coalesce(description, ''))) STORED;
DROP INDEX jobs_list_search_idx;
CREATE INDEX jobs_list_search_idx ON jobs USING gin (company_id, search_text gin_trgm_ops,
    (substr(job_number, 5)) gin_trgm_ops);

-- Under a policy, PostgreSQL evaluates a condition on a column before the policy's own only when every function in it
-- is LEAKPROOF (it cannot reveal rows through an error). Without that, the list's search (lower, ||, LIKE over the
-- trigram index), the tag filter (array @>, &&) and the import's external-id lookups (jsonb -> and ->>) could not use
-- their indexes and scanned every row of the company: a search on 1,000,000 jobs went from 3.5 ms to 1,347 ms. These
-- functions raise no error that depends on the row's value. Marking them needs a superuser (the embedded database
-- is one); elsewhere a database administrator runs these statements once (README "Row-level security").
-- RowLevelSecurityPlansIT checks that the search and tag filters keep their indexes under the policy.
DO $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        ALTER FUNCTION pg_catalog.lower(text) LEAKPROOF;
        ALTER FUNCTION pg_catalog.textcat(text, text) LEAKPROOF;
        ALTER FUNCTION pg_catalog.substr(text, integer) LEAKPROOF;
        ALTER FUNCTION pg_catalog.textlike(text, text) LEAKPROOF;
        ALTER FUNCTION pg_catalog.texticlike(text, text) LEAKPROOF;
        ALTER FUNCTION pg_catalog.arraycontains(anyarray, anyarray) LEAKPROOF;
        ALTER FUNCTION pg_catalog.arrayoverlap(anyarray, anyarray) LEAKPROOF;
        ALTER FUNCTION pg_catalog.jsonb_object_field(jsonb, text) LEAKPROOF;
        ALTER FUNCTION pg_catalog.jsonb_object_field_text(jsonb, text) LEAKPROOF;
    ELSE
        RAISE WARNING 'Not a superuser: search, tag and external-id filters will scan whole companies under '
            'row-level security until a superuser marks their functions LEAKPROOF (README "Row-level security")';
    END IF;
END
$$;
