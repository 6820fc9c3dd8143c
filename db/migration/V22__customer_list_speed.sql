-- The customers list at 100,000 customers (issue 12).
-- The search text (name, email, phone and its digits alone) becomes a stored column: a candidate row is matched by
-- comparing a stored string instead of building it, regexp_replace included, for every row the search looks at.
-- CustomerListQuery searches exactly this column.
ALTER TABLE customers ADD COLUMN search_text text GENERATED ALWAYS AS (
    lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company_name, '') || ' '
          || coalesce(email, '') || ' ' || coalesce(phone, '') || ' ' || regexp_replace(coalesce(phone, ''), '\D', '', 'g'))
    ) STORED;
CREATE INDEX customers_search_text_idx ON customers USING gin (company_id, search_text gin_trgm_ops);
DROP INDEX customers_contact_search_idx;
-- The name-only trigram index of V1 is used by no query since the contact search replaced it.
DROP INDEX customers_search_idx;

-- One index per sort of the list (name, created, type), each holding what the page's id query filters on
-- (deleted, type, and for the default name order the search text), so that the ids of a page, a deep one or a
-- searched one, are read from the index alone (index-only scan) and only the page's rows are read from the table.
DROP INDEX customers_list_name_idx;
CREATE INDEX customers_list_name_idx ON customers (company_id, list_name, id) INCLUDE (deleted_at, customer_type, search_text);
CREATE INDEX customers_created_idx ON customers (company_id, created_at, id) INCLUDE (deleted_at, customer_type);
CREATE INDEX customers_type_name_idx ON customers (company_id, customer_type, list_name, id) INCLUDE (deleted_at);
-- Index-only scans need the visibility map kept up to date, and the "about N" totals fresh statistics: vacuum and
-- analyze after about 1,000 changed customers rather than after a fifth of the table.
ALTER TABLE customers SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000,
                           autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_vacuum_insert_threshold = 1000,
                           autovacuum_analyze_scale_factor = 0.01, autovacuum_analyze_threshold = 1000);
