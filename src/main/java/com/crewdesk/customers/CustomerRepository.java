package com.crewdesk.customers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CustomerRepository extends ListCrudRepository<Customer, UUID> {

	@Query("SELECT * FROM customers WHERE company_id = :companyId AND id = :id")
	Optional<Customer> findInCompany(long companyId, UUID id);

	@Query("""
			SELECT * FROM customers
			WHERE company_id = :companyId AND deleted_at IS NULL
			ORDER BY last_name, first_name, id
			LIMIT :limit""")
	List<Customer> findFirstByName(long companyId, int limit);
}
