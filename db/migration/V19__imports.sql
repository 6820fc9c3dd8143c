-- CSV imports of customers and jobs (issue 18). The uploaded file is kept in the database (bytea), so any
-- instance can validate or import it; the row states move MAPPING → VALIDATING → VALIDATED → IMPORTING →
-- SUCCEEDED | FAILED. Work waiting for an instance is a VALIDATING or IMPORTING row without an owner; it is
-- claimed with FOR UPDATE SKIP LOCKED, and the owner beats heartbeat_at while it runs (as job_batches).
CREATE TABLE imports (
    id              uuid PRIMARY KEY,
    company_id      bigint       NOT NULL REFERENCES companies (id),
    created_by      uuid,
    api_key_id      bigint,
    kind            varchar(10)  NOT NULL CHECK (kind IN ('customers', 'jobs')),
    file_name       varchar(255) NOT NULL,
    file            bytea        NOT NULL,
    encoding        varchar(20)  NOT NULL,
    delimiter       char(1)      NOT NULL,
    headers         jsonb        NOT NULL,
    total           int          NOT NULL,
    mapping         jsonb,
    state           varchar(12)  NOT NULL CHECK (state IN ('MAPPING', 'VALIDATING', 'VALIDATED', 'IMPORTING',
                                                           'SUCCEEDED', 'FAILED')),
    done            int          NOT NULL DEFAULT 0,
    new_rows        int          NOT NULL DEFAULT 0,
    updated_rows    int          NOT NULL DEFAULT 0,
    unchanged_rows  int          NOT NULL DEFAULT 0,
    error_rows      int          NOT NULL DEFAULT 0,
    valid_only      boolean      NOT NULL DEFAULT false,
    -- API imports: import right after the check when it allows (no errors, or valid_only).
    auto_import     boolean      NOT NULL DEFAULT false,
    preview         jsonb,
    summary         varchar(500),
    owner_instance  varchar(64),
    heartbeat_at    timestamptz,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    UNIQUE (company_id, id),
    FOREIGN KEY (company_id, created_by) REFERENCES staff_users (company_id, id),
    FOREIGN KEY (company_id, api_key_id) REFERENCES api_keys (company_id, id)
);
CREATE INDEX imports_company_idx ON imports (company_id, created_at DESC);
CREATE INDEX imports_waiting_idx ON imports (updated_at) WHERE state IN ('VALIDATING', 'IMPORTING');

-- The rows that failed validation: row number (1 = first data row), column header and message.
CREATE TABLE import_errors (
    import_id  uuid         NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    company_id bigint       NOT NULL,
    row_number int          NOT NULL,
    column_name varchar(255) NOT NULL,
    message    varchar(500) NOT NULL
);
CREATE INDEX import_errors_import_idx ON import_errors (company_id, import_id, row_number);

-- A column mapping saved by name, to be reused on the next file.
CREATE TABLE import_mappings (
    company_id bigint       NOT NULL REFERENCES companies (id),
    kind       varchar(10)  NOT NULL CHECK (kind IN ('customers', 'jobs')),
    name       varchar(100) NOT NULL,
    mapping    jsonb        NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (company_id, kind, name)
);

-- Imports write history with their own channel, and customers remember how they were created.
ALTER TABLE job_history DROP CONSTRAINT job_history_channel_check;
ALTER TABLE job_history ADD CONSTRAINT job_history_channel_check
    CHECK (channel IN ('ui', 'inline', 'batch', 'api', 'board', 'import'));
ALTER TABLE customer_history DROP CONSTRAINT customer_history_channel_check;
ALTER TABLE customer_history ADD CONSTRAINT customer_history_channel_check
    CHECK (channel IN ('ui', 'inline', 'batch', 'api', 'import'));
ALTER TABLE customers ADD COLUMN IF NOT EXISTS created_via varchar(10) NOT NULL DEFAULT 'ui'
    CHECK (created_via IN ('ui', 'api', 'batch', 'import'));

-- Re-imports find customers and jobs by the external id of the application "import".
CREATE INDEX customers_import_external_id_idx
    ON customers (company_id, (external_data -> '6d1e3b52-4c1f-4c2e-9a57-1b0e2f5a7c31' ->> 'external_id'));
CREATE INDEX jobs_import_external_id_idx
    ON jobs (company_id, (external_data -> '6d1e3b52-4c1f-4c2e-9a57-1b0e2f5a7c31' ->> 'external_id'));
CREATE INDEX customers_email_idx ON customers (company_id, lower(email));
