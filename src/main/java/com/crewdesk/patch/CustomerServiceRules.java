package com.crewdesk.patch;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Rules a job owes to its customer (seed 003): no new job and no scheduling for a
 * customer flagged {@code do_not_service} unless an admin sends
 * {@code override_do_not_service: true}; a job's location is one of its customer's
 * locations (or a company-wide one).
 */
final class CustomerServiceRules {

	static final String OVERRIDE = "override_do_not_service";
	static final String REFUSED = "the customer is flagged do_not_service: no new jobs and no scheduling";

	private CustomerServiceRules() {
	}

	/** Reads {@code override_do_not_service}; only admins may send it as true. */
	static boolean readOverride(Patch patch, Actor actor, Violations.Builder v) {
		if (!patch.isPresent(OVERRIDE)) {
			return false;
		}
		Optional<Boolean> value = patch.raw(OVERRIDE) == null ? Optional.empty()
				: RawValues.bool(OVERRIDE, patch.raw(OVERRIDE), v);
		if (value.isEmpty()) {
			if (!v.has(OVERRIDE)) {
				v.add(OVERRIDE, "must be true or false");
			}
			return false;
		}
		if (value.get() && !Rulebook.mayOverrideDoNotService(actor)) {
			v.addForbidden(OVERRIDE, "only admins may override do_not_service");
			return false;
		}
		return value.get();
	}

	static void check(JobValues before, JobValues after, boolean override, ReferenceLookup refs, Violations.Builder v) {
		UUID customer = after.customerUuid();
		if (customer != null && !override
				&& (before == null || schedules(before, after) || !customer.equals(before.customerUuid()))
				&& refs.isDoNotServiceCustomer(customer)) {
			v.add(JobField.CUSTOMER_UUID.apiName(), REFUSED + " (an admin may send " + OVERRIDE + ": true)");
		}
		UUID location = (UUID) after.get(JobField.LOCATION_UUID);
		boolean moved = before == null || !Objects.equals(location, before.get(JobField.LOCATION_UUID))
				|| !Objects.equals(customer, before.customerUuid());
		if (location != null && moved
				&& refs.customerOfLocation(location).filter(owner -> !owner.equals(customer)).isPresent()) {
			v.add(JobField.LOCATION_UUID.apiName(), "must be a location of the job's customer");
		}
	}

	/**
	 * A patch schedules a job when it gives it a (new) scheduled day or moves it into
	 * Scheduled.
	 */
	private static boolean schedules(JobValues before, JobValues after) {
		return after.scheduledDate() != null && !after.scheduledDate().equals(before.scheduledDate())
				|| after.status() == JobStatus.SCHEDULED && before.status() != JobStatus.SCHEDULED;
	}

}
