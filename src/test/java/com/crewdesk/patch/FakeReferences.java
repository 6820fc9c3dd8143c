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
