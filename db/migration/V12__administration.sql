-- Administration (issue 13): the audit log, staff login state, API key scopes, company time zone, retiring
-- custom fields and checklist steps, custom fields for customers, customer tags.

-- One row per administrative action, login, failed login and logout. Append-only: the trigger below refuses
-- every UPDATE, DELETE and TRUNCATE, so no path of the portal (or a careless script) can rewrite history.
-- company_id is null for a failed login with an e-mail no account has.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id  bigint       REFERENCES companies (id),
    occurred_at timestamptz  NOT NULL DEFAULT now(),
    actor_id    uuid,
    actor_name  varchar(254),
    source_ip   varchar(64),
    kind        varchar(30)  NOT NULL,
    subject     varchar(300),
    change      text
);
CREATE INDEX audit_log_company_idx ON audit_log (company_id, occurred_at DESC, id DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (company_id, actor_id, occurred_at DESC);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- A temporary password (set by an admin) must be replaced at the next login.
ALTER TABLE staff_users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE staff_users ADD COLUMN last_login_at timestamptz;

-- READ_ONLY keys may only GET; READ_WRITE keys may also write.
ALTER TABLE api_keys ADD COLUMN scope varchar(10) NOT NULL DEFAULT 'READ_WRITE'
    CHECK (scope IN ('READ_ONLY', 'READ_WRITE'));

ALTER TABLE companies ADD COLUMN time_zone varchar(60) NOT NULL DEFAULT 'UTC';

-- Custom fields are defined for jobs or for customers; a retired field is hidden from forms and lists, while
-- the values stored under its key stay (and history keeps showing them).
ALTER TABLE custom_field_definitions ADD COLUMN entity varchar(10) NOT NULL DEFAULT 'JOB'
    CHECK (entity IN ('JOB', 'CUSTOMER'));
ALTER TABLE custom_field_definitions ADD COLUMN retired_at timestamptz;
ALTER TABLE custom_field_definitions DROP CONSTRAINT custom_field_definitions_company_id_field_key_key;
ALTER TABLE custom_field_definitions ADD CONSTRAINT custom_field_definitions_key UNIQUE (company_id, entity, field_key);

ALTER TABLE checklist_steps ADD COLUMN retired_at timestamptz;

-- The tags a company offers for its customers (customers.tags holds the labels).
CREATE TABLE customer_tags (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id bigint      NOT NULL REFERENCES companies (id),
    label      varchar(60) NOT NULL,
    position   int         NOT NULL,
    retired_at timestamptz
);
CREATE UNIQUE INDEX customer_tags_label_key ON customer_tags (company_id, lower(label));
