package com.crewdesk.jobs;

import org.springframework.data.repository.Repository;

/**
 * Jobs in PostgreSQL, as a Spring Data JDBC repository that offers only what the patch
 * engine writes: its methods are those of {@link JobStore}, implemented by hand in
 * {@code JobStoreImpl} (a repository fragment). It inherits no save() or delete(), so no
 * code can write a job around the engine.
 */
public interface JobRepository extends Repository<Job, Long>, JobStore {

}
