package com.crewdesk.jobs;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface JobRepository extends ListCrudRepository<Job, Long> {

	@Query("SELECT * FROM jobs WHERE company_id = :companyId AND uuid = :uuid")
	Optional<Job> findByUuid(long companyId, UUID uuid);

	@Query("SELECT * FROM jobs WHERE company_id = :companyId AND job_number = :jobNumber")
	Optional<Job> findByNumber(long companyId, String jobNumber);
}
