package com.crewdesk.customers.list;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One customer as the list and the pickers show it; the job form's picker starts a new
 * job's service address from the billing address.
 */
public record CustomerListRow(UUID id, String name, String customerType, String email, String phone, String street,
		String unit, String city, String state, String zip, BigDecimal latitude, BigDecimal longitude, boolean active,
		boolean doNotService, List<String> tags, Instant createdAt, Instant deletedAt) {

	public boolean deleted() {
		return deletedAt != null;
	}

	public String latText() {
		return latitude == null ? "" : latitude.stripTrailingZeros().toPlainString();
	}

	public String lngText() {
		return longitude == null ? "" : longitude.stripTrailingZeros().toPlainString();
	}

}
