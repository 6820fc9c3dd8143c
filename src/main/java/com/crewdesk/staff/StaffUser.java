package com.crewdesk.staff;

import com.crewdesk.patch.Role;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person of a company who logs in to the portal. The id is assigned by us, so inserts
 * go through {@code JdbcAggregateTemplate.insert}.
 */
@Table("staff_users")
public record StaffUser(@Id UUID id, Long companyId, String email, String displayName, String phone, Role role,
		String passwordHash, boolean active, Instant createdAt) {
}
