package com.crewdesk.patch;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An in-memory {@link ReferenceLookup}: the active rows of the caller's company. */
final class FakeReferences implements ReferenceLookup {

	final Set<UUID> customers = new HashSet<>();

	final Set<UUID> locations = new HashSet<>();

	final Map<String, UUID> staffByEmail = new HashMap<>();

	final Set<UUID> doNotService = new HashSet<>();

	final Map<UUID, UUID> locationOwners = new HashMap<>();

	FakeReferences doNotService(UUID customer) {
		customers.add(customer);
		doNotService.add(customer);
		return this;
	}

	FakeReferences location(UUID id, UUID customer) {
		locations.add(id);
		locationOwners.put(id, customer);
		return this;
	}

	@Override
	public boolean isDoNotServiceCustomer(UUID id) {
		return doNotService.contains(id);
	}

	@Override
	public Optional<UUID> customerOfLocation(UUID id) {
		return Optional.ofNullable(locationOwners.get(id));
	}

	FakeReferences customer(UUID id) {
		customers.add(id);
		return this;
	}

	FakeReferences location(UUID id) {
		locations.add(id);
		return this;
	}

	FakeReferences staff(String email, UUID id) {
		staffByEmail.put(email, id);
		return this;
	}

	@Override
	public boolean isActiveCustomer(UUID id) {
		return customers.contains(id);
	}

	@Override
	public boolean isActiveLocation(UUID id) {
		return locations.contains(id);
	}

	@Override
	public boolean isActiveStaff(UUID id) {
		return staffByEmail.containsValue(id);
	}

	@Override
	public Optional<UUID> activeStaffIdByEmail(String email) {
		return Optional.ofNullable(staffByEmail.get(email));
	}

}
