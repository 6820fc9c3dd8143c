package com.crewdesk.jobs;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface JobHistoryRepository extends ListCrudRepository<JobHistoryEntry, Long> {

	@Query("""
			SELECT * FROM job_history WHERE company_id = :companyId AND job_id = :jobId
			ORDER BY changed_at DESC, id DESC LIMIT :limit OFFSET :offset""")
	List<JobHistoryEntry> findPage(long companyId, long jobId, int limit, long offset);
}
