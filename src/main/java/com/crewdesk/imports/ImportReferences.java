package com.crewdesk.imports;

import com.crewdesk.patch.CustomerField;
import com.crewdesk.patch.CustomerValues;
import com.crewdesk.patch.ReferenceLookup;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the job engine may reference from a chunk of job rows (P6): the caller's company's
 * customers found for the chunk or created by the import, and its active staff. Nothing
 * of another company is ever in here, so such a reference is refused like an unknown one.
 */
final class ImportReferences implements ReferenceLookup {

	private final Map<UUID, Boolean> customers = new HashMap<>();

	private final Map<String, UUID> staffByEmail;

	ImportReferences(Map<String, UUID> staffByEmail) {
		this.staffByEmail = staffByEmail;
	}

	/** A customer the rows may reference, with whether it is flagged do_not_service. */
	void customer(UUID id, CustomerValues values) {
		customer(id, !Boolean.FALSE.equals(values.get(CustomerField.ACTIVE)),
				Boolean.TRUE.equals(values.get(CustomerField.DO_NOT_SERVICE)));
	}

	/** A customer the rows may reference when active, with its do_not_service flag. */
	void customer(UUID id, boolean active, boolean doNotService) {
		if (active) {
			customers.put(id, doNotService);
		}
	}

	@Override
	public boolean isActiveCustomer(UUID id) {
		return customers.containsKey(id);
	}

	@Override
	public boolean isDoNotServiceCustomer(UUID id) {
		return customers.getOrDefault(id, false);
	}

	@Override
	public boolean isActiveLocation(UUID id) {
		return false;
	}

	@Override
	public boolean isActiveStaff(UUID id) {
		return staffByEmail.containsValue(id);
	}

	@Override
	public Optional<UUID> activeStaffIdByEmail(String email) {
		return Optional.ofNullable(staffByEmail.get(email.toLowerCase(Locale.ROOT)));
	}

}
