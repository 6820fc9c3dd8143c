-- On the way to sharding by company_id (README "Deploying"): every foreign key between company tables names
-- company_id, so that with tables distributed by company_id each reference stays within one shard. jobs gets
-- the (company_id, id) key that the others reference; job_history and notifications reference jobs through it.
-- The keys are added NOT VALID and validated afterwards, which does not block writes on a large table.
ALTER TABLE jobs ADD CONSTRAINT jobs_company_id_id_key UNIQUE (company_id, id);

ALTER TABLE job_history DROP CONSTRAINT job_history_job_id_fkey;
ALTER TABLE job_history ADD CONSTRAINT job_history_company_job_fkey
    FOREIGN KEY (company_id, job_id) REFERENCES jobs (company_id, id) NOT VALID;
ALTER TABLE job_history VALIDATE CONSTRAINT job_history_company_job_fkey;

ALTER TABLE notifications DROP CONSTRAINT notifications_job_id_fkey;
ALTER TABLE notifications ADD CONSTRAINT notifications_company_job_fkey
    FOREIGN KEY (company_id, job_id) REFERENCES jobs (company_id, id) NOT VALID;
ALTER TABLE notifications VALIDATE CONSTRAINT notifications_company_job_fkey;
