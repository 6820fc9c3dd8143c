package com.crewdesk.customers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Customers as the screens read them. It offers no save() or delete(): customers are
 * written only through the customer patch engine (CustomerStore), never hard-deleted.
 */
public interface CustomerRepository extends Repository<Customer, UUID> {

	@Query("SELECT * FROM customers WHERE company_id = :companyId AND id = :id")
	Optional<Customer> findInCompany(long companyId, UUID id);

	@Query("""
			SELECT * FROM customers
			WHERE company_id = :companyId AND deleted_at IS NULL
			ORDER BY last_name, first_name, id
			LIMIT :limit""")
	List<Customer> findFirstByName(long companyId, int limit);

}
