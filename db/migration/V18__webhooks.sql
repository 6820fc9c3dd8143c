-- Webhooks (issue 15). An admin subscribes an endpoint to event types; every change writes its events to the
-- outbox (webhook_events) and one delivery per subscribed endpoint (webhook_deliveries) IN THE SAME TRANSACTION
-- as the change, so a rolled-back change sends nothing and a committed one is never lost. The sender (any
-- instance) claims due deliveries with FOR UPDATE SKIP LOCKED and sends them in order per subject (one job, one
-- customer, one batch).
CREATE TABLE webhook_endpoints (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id  bigint       NOT NULL REFERENCES companies (id),
    url         varchar(2000) NOT NULL,
    events      text[]       NOT NULL,
    -- The signing key, kept as given (HMAC needs the key itself; see README "Webhooks").
    secret      varchar(100) NOT NULL,
    active      boolean      NOT NULL DEFAULT true,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    created_by  uuid REFERENCES staff_users (id),
    UNIQUE (company_id, id)
);
CREATE INDEX webhook_endpoints_company_idx ON webhook_endpoints (company_id) WHERE active;

CREATE TABLE webhook_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id  bigint       NOT NULL REFERENCES companies (id),
    event_id    uuid         NOT NULL UNIQUE,
    type        varchar(40)  NOT NULL,
    subject     varchar(80)  NOT NULL,
    payload     jsonb        NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (company_id, id)
);

CREATE TABLE webhook_deliveries (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id      bigint       NOT NULL,
    endpoint_id     bigint       NOT NULL,
    event_id        bigint       NOT NULL,
    subject         varchar(80)  NOT NULL,
    state           varchar(12)  NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        int          NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    retry_until     timestamptz  NOT NULL DEFAULT now() + interval '24 hours',
    last_attempt_at timestamptz,
    response_status int,
    last_error      varchar(300),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    FOREIGN KEY (company_id, endpoint_id) REFERENCES webhook_endpoints (company_id, id),
    FOREIGN KEY (company_id, event_id) REFERENCES webhook_events (company_id, id)
);
-- The sender's claim: due deliveries, and the earlier pending one of the same endpoint and subject.
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX webhook_deliveries_queue_idx ON webhook_deliveries (endpoint_id, subject, event_id) WHERE state = 'PENDING';
-- The deliveries page: an endpoint's most recent first.
CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (company_id, endpoint_id, id DESC);
