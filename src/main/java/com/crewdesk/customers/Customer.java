package com.crewdesk.customers;

import com.crewdesk.patch.Address;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer of a company. custom_fields and external_data are JSON documents (jsonb).
 */
@Table("customers")
public record Customer(@Id UUID id, Long companyId, String firstName, String lastName, String companyName,
		String customerType, @Embedded.Nullable Address address, String email, String phone, boolean doNotMail,
		boolean doNotService, boolean active, List<String> tags, String customFields, String externalData,
		Instant createdAt, Instant updatedAt, Instant deletedAt, UUID deletedBy, long version) {

	public String displayName() {
		String person = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
		if (companyName != null && !companyName.isBlank()) {
			return person.isEmpty() ? companyName : companyName + " (" + person + ")";
		}
		return person;
	}
}
