-- "Unassigned + Emergency" and other priority filters, newest first: without this the list walked the
-- updated_at index past ~9,000 non-matching rows per page on a million jobs (36 ms; 2 ms with it).
CREATE INDEX jobs_list_priority_updated_idx ON jobs (company_id, priority, updated_at DESC, id DESC) WHERE deleted_at IS NULL;
