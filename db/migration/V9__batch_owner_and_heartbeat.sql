-- Several instances on one database: a background batch is claimed by one instance (SELECT … FOR UPDATE SKIP
-- LOCKED on the PENDING rows), which records itself as the owner and refreshes heartbeat_at while it runs.
-- Another instance fails only RUNNING batches whose owner stopped beating (the owner's transaction died with
-- it, so nothing was applied), never the batches of a live instance.
ALTER TABLE job_batches ADD COLUMN owner_instance varchar(64);
ALTER TABLE job_batches ADD COLUMN heartbeat_at timestamptz;
ALTER TABLE job_batches ADD COLUMN claims int NOT NULL DEFAULT 0;
CREATE INDEX job_batches_waiting_idx ON job_batches (created_at) WHERE state IN ('PENDING', 'RUNNING');
