-- Crewdesk schema, version 1.
-- Every table holding company data carries company_id NOT NULL; references between company rows are
-- composite foreign keys (company_id, id) so the database itself refuses a cross-company link.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE TABLE companies (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name             varchar(200) NOT NULL,
    workers_edit_job boolean      NOT NULL DEFAULT false,
    created_at       timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE staff_users (
    id            uuid PRIMARY KEY,
    company_id    bigint       NOT NULL REFERENCES companies (id),
    email         varchar(254) NOT NULL,
    display_name  varchar(120) NOT NULL,
    phone         varchar(40),
    role          varchar(20)  NOT NULL CHECK (role IN ('ADMIN', 'DISPATCHER', 'TECHNICIAN', 'VIEWER')),
    password_hash varchar(200) NOT NULL,
    active        boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (company_id, id)
);
-- Login is by e-mail across all companies, so an address belongs to one account only.
CREATE UNIQUE INDEX staff_users_email_key ON staff_users (lower(email));
CREATE INDEX staff_users_company_idx ON staff_users (company_id, role, active);

CREATE TABLE custom_field_definitions (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id bigint       NOT NULL REFERENCES companies (id),
    position   int          NOT NULL,
    field_key  varchar(60)  NOT NULL,
    label      varchar(120) NOT NULL,
    field_type varchar(10)  NOT NULL CHECK (field_type IN ('TEXT', 'NUMBER', 'DATE', 'SELECT')),
    options    text[]       NOT NULL DEFAULT '{}',
    required   boolean      NOT NULL DEFAULT false,
    UNIQUE (company_id, field_key)
);

CREATE TABLE checklist_steps (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id bigint       NOT NULL REFERENCES companies (id),
    position   int          NOT NULL,
    step_key   varchar(60)  NOT NULL,
    label      varchar(120) NOT NULL,
    UNIQUE (company_id, step_key)
);

CREATE TABLE customers (
    id             uuid PRIMARY KEY,
    company_id     bigint       NOT NULL REFERENCES companies (id),
    first_name     varchar(100),
    last_name      varchar(100),
    company_name   varchar(200),
    customer_type  varchar(12)  NOT NULL DEFAULT 'Residential' CHECK (customer_type IN ('Residential', 'Commercial')),
    street         varchar(200),
    unit           varchar(50),
    city           varchar(100),
    state          varchar(2),
    zip            varchar(20),
    country        varchar(2),
    latitude       numeric(9, 6) CHECK (latitude BETWEEN -90 AND 90),
    longitude      numeric(9, 6) CHECK (longitude BETWEEN -180 AND 180),
    email          varchar(254),
    phone          varchar(40),
    do_not_mail    boolean      NOT NULL DEFAULT false,
    do_not_service boolean      NOT NULL DEFAULT false,
    active         boolean      NOT NULL DEFAULT true,
    tags           text[]       NOT NULL DEFAULT '{}',
    custom_fields  jsonb        NOT NULL DEFAULT '[]',
    external_data  jsonb        NOT NULL DEFAULT '{}',
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    deleted_at     timestamptz,
    deleted_by     uuid,
    version        bigint       NOT NULL DEFAULT 0,
    UNIQUE (company_id, id),
    CHECK (coalesce(first_name, last_name, company_name) IS NOT NULL)
);
CREATE INDEX customers_company_name_idx ON customers (company_id, last_name, first_name, id);
CREATE INDEX customers_search_idx ON customers USING gin (
    company_id, (coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company_name, '')) gin_trgm_ops);

CREATE TABLE locations (
    id          uuid PRIMARY KEY,
    company_id  bigint       NOT NULL REFERENCES companies (id),
    customer_id uuid,
    name        varchar(200) NOT NULL,
    street      varchar(200),
    city        varchar(100),
    state       varchar(2),
    zip         varchar(20),
    active      boolean      NOT NULL DEFAULT true,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (company_id, id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers (company_id, id)
);
CREATE INDEX locations_customer_idx ON locations (company_id, customer_id);

-- One row per company: the last job number handed out. "UPDATE … RETURNING" takes a row lock, so
-- concurrent creates queue up and can never receive the same number; a rolled-back create leaves a gap.
CREATE TABLE job_number_counters (
    company_id  bigint PRIMARY KEY REFERENCES companies (id),
    last_number bigint NOT NULL DEFAULT 0
);

CREATE TABLE jobs (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid                 uuid          NOT NULL UNIQUE,
    company_id           bigint        NOT NULL REFERENCES companies (id),
    job_number           varchar(20)   NOT NULL,
    title                varchar(200)  NOT NULL CHECK (length(title) >= 1),
    description          text,
    status               varchar(20)   NOT NULL DEFAULT 'New' CHECK (status IN (
                             'New', 'Contacted', 'Scheduled', 'In Progress', 'Needs Approval', 'Ready to Invoice',
                             'Invoiced', 'Complete', 'Estimate Sent', 'Estimate Approved')),
    priority             varchar(10)   NOT NULL DEFAULT 'Normal' CHECK (priority IN ('Low', 'Normal', 'High', 'Emergency')),
    is_urgent            boolean       NOT NULL DEFAULT false,
    is_emergency         boolean       NOT NULL DEFAULT false,
    job_type             char(1)       NOT NULL DEFAULT 'r' CHECK (job_type IN ('r', 'c', 'd', 'm')),
    bid_type             char(1)       CHECK (bid_type IN ('c', 'i', 'r', 'f')),
    customer_id          uuid          NOT NULL,
    location_id          uuid,
    assigned_to_user_id  uuid,
    sales_rep_id         uuid,
    project_manager_id   uuid,
    service_address1     varchar(200),
    service_address2     varchar(200),
    service_city         varchar(100),
    service_county       varchar(100),
    service_state        varchar(2)    CHECK (service_state ~ '^[A-Z]{2}$'),
    service_zip          varchar(20),
    latitude             numeric(9, 6) CHECK (latitude BETWEEN -90 AND 90),
    longitude            numeric(9, 6) CHECK (longitude BETWEEN -180 AND 180),
    estimated_amount     numeric(12, 2) CHECK (estimated_amount >= 0),
    actual_amount        numeric(12, 2) CHECK (actual_amount >= 0),
    scheduled_date       date,
    scheduled_time_start time,
    scheduled_time_end   time,
    started_at           timestamptz,
    completed_at         timestamptz,
    invoiced_at          timestamptz,
    paid_at              timestamptz,
    contract_signed_at   timestamptz,
    internal_notes       text,
    customer_notes       text,
    closing_notes        text,
    warranty_voided      boolean       NOT NULL DEFAULT false,
    insurance_claim      varchar(200),
    note                 text,
    custom_fields        jsonb         NOT NULL DEFAULT '[]',
    external_data        jsonb         NOT NULL DEFAULT '{}',
    milestones           jsonb         NOT NULL DEFAULT '{}',
    created_at           timestamptz   NOT NULL DEFAULT now(),
    created_by           uuid,
    created_via          varchar(10)   NOT NULL DEFAULT 'ui' CHECK (created_via IN ('ui', 'api', 'batch', 'import')),
    updated_at           timestamptz   NOT NULL DEFAULT now(),
    deleted_at           timestamptz,
    deleted_by           uuid,
    version              bigint        NOT NULL DEFAULT 0,
    UNIQUE (company_id, job_number),
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK (scheduled_time_end IS NULL OR scheduled_time_start IS NULL OR scheduled_time_end > scheduled_time_start),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers (company_id, id),
    FOREIGN KEY (company_id, location_id) REFERENCES locations (company_id, id),
    FOREIGN KEY (company_id, assigned_to_user_id) REFERENCES staff_users (company_id, id),
    FOREIGN KEY (company_id, sales_rep_id) REFERENCES staff_users (company_id, id),
    FOREIGN KEY (company_id, project_manager_id) REFERENCES staff_users (company_id, id),
    FOREIGN KEY (company_id, created_by) REFERENCES staff_users (company_id, id),
    FOREIGN KEY (company_id, deleted_by) REFERENCES staff_users (company_id, id)
);
CREATE INDEX jobs_company_status_idx ON jobs (company_id, status) WHERE deleted_at IS NULL;
CREATE INDEX jobs_company_customer_idx ON jobs (company_id, customer_id);
CREATE INDEX jobs_company_assignee_idx ON jobs (company_id, assigned_to_user_id);

CREATE TABLE api_keys (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id   bigint       NOT NULL REFERENCES companies (id),
    name         varchar(120) NOT NULL,
    key_prefix   varchar(16)  NOT NULL,
    key_hash     char(64)     NOT NULL UNIQUE,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    created_by   uuid,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    UNIQUE (company_id, id),
    FOREIGN KEY (company_id, created_by) REFERENCES staff_users (company_id, id)
);
CREATE INDEX api_keys_company_idx ON api_keys (company_id, created_at);

CREATE TABLE job_history (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id bigint      NOT NULL REFERENCES companies (id),
    job_id     bigint      NOT NULL REFERENCES jobs (id),
    changed_at timestamptz NOT NULL DEFAULT now(),
    staff_id   uuid,
    api_key_id bigint,
    channel    varchar(10) NOT NULL CHECK (channel IN ('ui', 'inline', 'batch', 'api')),
    field      varchar(60) NOT NULL,
    old_value  jsonb,
    new_value  jsonb,
    FOREIGN KEY (company_id, staff_id) REFERENCES staff_users (company_id, id),
    FOREIGN KEY (company_id, api_key_id) REFERENCES api_keys (company_id, id)
);
CREATE INDEX job_history_job_idx ON job_history (company_id, job_id, changed_at DESC, id DESC);

CREATE TABLE notifications (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id   bigint       NOT NULL REFERENCES companies (id),
    recipient_id uuid         NOT NULL,
    job_id       bigint       REFERENCES jobs (id),
    kind         varchar(12)  NOT NULL CHECK (kind IN ('ASSIGNED', 'UNASSIGNED', 'STATUS')),
    text         varchar(500) NOT NULL,
    read         boolean      NOT NULL DEFAULT false,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    FOREIGN KEY (company_id, recipient_id) REFERENCES staff_users (company_id, id)
);
CREATE INDEX notifications_recipient_idx ON notifications (company_id, recipient_id, read, created_at DESC);

-- A batch edit that runs in the background. The request is stored so any instance can run it;
-- state moves PENDING → RUNNING → SUCCEEDED | FAILED.
CREATE TABLE job_batches (
    id          uuid PRIMARY KEY,
    company_id  bigint      NOT NULL REFERENCES companies (id),
    created_by  uuid,
    api_key_id  bigint,
    channel     varchar(10) NOT NULL CHECK (channel IN ('ui', 'inline', 'batch', 'api')),
    state       varchar(10) NOT NULL CHECK (state IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    notify      boolean     NOT NULL DEFAULT true,
    total       int         NOT NULL,
    done        int         NOT NULL DEFAULT 0,
    request     jsonb       NOT NULL,
    errors      jsonb       NOT NULL DEFAULT '{}',
    summary     varchar(500),
    created_at  timestamptz NOT NULL DEFAULT now(),
    started_at  timestamptz,
    finished_at timestamptz,
    UNIQUE (company_id, id),
    FOREIGN KEY (company_id, created_by) REFERENCES staff_users (company_id, id),
    FOREIGN KEY (company_id, api_key_id) REFERENCES api_keys (company_id, id)
);
CREATE INDEX job_batches_company_idx ON job_batches (company_id, created_at DESC);
CREATE INDEX job_batches_state_idx ON job_batches (state) WHERE state IN ('PENDING', 'RUNNING');
