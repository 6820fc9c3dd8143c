-- The tags already on customers become the company's tags (customer_tags is the settings table of V40).
INSERT INTO customer_tags (company_id, label, position)
SELECT company_id, tag, (row_number() OVER (PARTITION BY company_id ORDER BY lower(tag)))::int - 1
FROM (SELECT DISTINCT company_id, left(trim(tag), 60) AS tag FROM customers, unnest(tags) AS tag WHERE trim(tag) <> '') t
ON CONFLICT DO NOTHING;
CREATE INDEX customers_tags_idx ON customers USING gin (tags);

-- One row per changed customer field (P17), with who, when and through which channel.
CREATE TABLE customer_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id  bigint      NOT NULL REFERENCES companies (id),
    customer_id uuid        NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    staff_id    uuid,
    api_key_id  bigint,
    channel     varchar(10) NOT NULL CHECK (channel IN ('ui', 'inline', 'batch', 'api')),
    field       varchar(60) NOT NULL,
    old_value   jsonb,
    new_value   jsonb,
    FOREIGN KEY (company_id, customer_id) REFERENCES customers (company_id, id),
    FOREIGN KEY (company_id, staff_id) REFERENCES staff_users (company_id, id),
    FOREIGN KEY (company_id, api_key_id) REFERENCES api_keys (company_id, id)
);
CREATE INDEX customer_history_customer_idx ON customer_history (company_id, customer_id, changed_at DESC, id DESC);

-- Locations carry a full address like the customer's billing address.
ALTER TABLE locations ADD COLUMN unit varchar(50), ADD COLUMN country varchar(2);
