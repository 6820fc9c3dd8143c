package com.crewdesk.staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface StaffRepository extends ListCrudRepository<StaffUser, UUID> {

	@Query("SELECT * FROM staff_users WHERE lower(email) = lower(:email)")
	Optional<StaffUser> findByEmail(String email);

	@Query("SELECT * FROM staff_users WHERE company_id = :companyId ORDER BY display_name")
	List<StaffUser> findByCompany(long companyId);

	@Query("SELECT * FROM staff_users WHERE company_id = :companyId AND id = :id")
	Optional<StaffUser> findInCompany(long companyId, UUID id);

}
