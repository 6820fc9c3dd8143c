package com.crewdesk.customers;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * A customer's service locations as the screens read them; no save() or delete() around
 * the engine.
 */
public interface LocationRepository extends Repository<Location, UUID> {

	@Query("SELECT * FROM locations WHERE company_id = :companyId AND customer_id = :customerId ORDER BY name")
	List<Location> findByCustomer(long companyId, UUID customerId);

}
