package com.crewdesk.apikeys;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ApiKeyRepository extends ListCrudRepository<ApiKey, Long> {

	@Query("SELECT * FROM api_keys WHERE key_hash = :keyHash")
	Optional<ApiKey> findByHash(String keyHash);

	@Query("SELECT * FROM api_keys WHERE company_id = :companyId ORDER BY created_at DESC")
	List<ApiKey> findByCompany(long companyId);

}
