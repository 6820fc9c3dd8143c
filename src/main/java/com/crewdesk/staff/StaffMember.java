package com.crewdesk.staff;

import com.crewdesk.patch.Role;
import java.time.Instant;
import java.util.UUID;

/** A person as the staff screens show them. */
public record StaffMember(UUID id, String email, String displayName, String phone, Role role, boolean active,
		Instant lastLoginAt, boolean mustChangePassword) {
}
