package com.crewdesk.patch;

import java.util.Optional;
import java.util.UUID;

/**
 * Answers whether referenced rows exist and are active. Every method is implicitly scoped
 * to the caller's company by the implementation.
 */
public interface ReferenceLookup {

	boolean isActiveCustomer(UUID id);

	boolean isActiveLocation(UUID id);

	boolean isActiveStaff(UUID id);

	Optional<UUID> activeStaffIdByEmail(String email);

	/** Whether the customer is flagged do_not_service (seed 003); false when unknown. */
	default boolean isDoNotServiceCustomer(UUID id) {
		return false;
	}

	/**
	 * The customer a location belongs to; empty for a company-wide or unknown location.
	 */
	default Optional<UUID> customerOfLocation(UUID id) {
		return Optional.empty();
	}

}
