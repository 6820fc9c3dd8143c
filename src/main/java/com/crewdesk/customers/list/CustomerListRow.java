package com.crewdesk.customers.list;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One customer as the list (and the pickers) show it. */
public record CustomerListRow(UUID id, String name, String customerType, String email, String phone, String city,
		String state, boolean active, boolean doNotService, List<String> tags, Instant deletedAt) {
}
