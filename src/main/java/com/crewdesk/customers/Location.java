package com.crewdesk.customers;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A service site of a company (optionally of one customer) that jobs can point at. */
@Table("locations")
public record Location(@Id UUID id, Long companyId, UUID customerId, String name, String street, String city,
		String state, String zip, boolean active, Instant createdAt) {
}
