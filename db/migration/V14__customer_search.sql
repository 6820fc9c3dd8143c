-- The customers list's search: name, email and phone (also its digits alone), a case-insensitive substring,
-- trigram-indexed. CustomerListQuery uses exactly this expression.
CREATE INDEX customers_contact_search_idx ON customers USING gin (company_id, (
    lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company_name, '') || ' '
          || coalesce(email, '') || ' ' || coalesce(phone, '') || ' ' || regexp_replace(coalesce(phone, ''), '\D', '', 'g'))
    ) gin_trgm_ops);
