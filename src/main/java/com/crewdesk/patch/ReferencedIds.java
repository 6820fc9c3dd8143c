package com.crewdesk.patch;

import java.util.Set;
import java.util.UUID;

/** The ids and worker emails a set of patches mentions, so a batch can pre-load them. */
public record ReferencedIds(Set<UUID> customerIds, Set<UUID> locationIds, Set<UUID> staffIds,
		Set<String> workerEmails) {

	public ReferencedIds {
		customerIds = Set.copyOf(customerIds);
		locationIds = Set.copyOf(locationIds);
		staffIds = Set.copyOf(staffIds);
		workerEmails = Set.copyOf(workerEmails);
	}
}
