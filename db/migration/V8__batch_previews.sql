-- What a person saw in a batch preview: each job's version at that moment. Applying the batch later is judged
-- against these versions, so a job changed after the preview is refused rather than silently overwritten (P16).
CREATE TABLE job_batch_previews (
    id          uuid        PRIMARY KEY,
    company_id  bigint      NOT NULL REFERENCES companies (id),
    created_by  uuid        REFERENCES staff_users (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    versions    jsonb       NOT NULL
);

CREATE INDEX job_batch_previews_created_idx ON job_batch_previews (created_at);

-- A background batch started from a preview is judged against the previewed versions too.
ALTER TABLE job_batches ADD COLUMN previewed_versions jsonb;
