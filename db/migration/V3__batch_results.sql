-- The jobs a finished background batch changed, so its result page can link to them.
ALTER TABLE job_batches ADD COLUMN changed_jobs jsonb NOT NULL DEFAULT '[]';
