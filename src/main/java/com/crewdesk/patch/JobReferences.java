package com.crewdesk.patch;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * P6 and P7: referenced customers, locations and staff must be active in the caller's
 * company; {@code worker} (a staff email) assigns, {@code ""} or null unassigns.
 */
final class JobReferences {

	static final String WORKER = "worker";

	private JobReferences() {
	}

	/**
	 * Checks a referenced id being set. An id equal to the current one is not checked
	 * again, so a form that re-posts an unchanged (meanwhile deactivated) reference is
	 * not refused.
	 */
	static void check(JobField field, UUID id, Object current, ReferenceLookup refs, Violations.Builder v) {
		if (id == null || id.equals(current)) {
			return;
		}
		switch (field) {
			case CUSTOMER_UUID ->
				require(refs.isActiveCustomer(id), field, "must be an active customer of your company", v);
			case LOCATION_UUID ->
				require(refs.isActiveLocation(id), field, "must be an active location of your company", v);
			case ASSIGNED_TO_USER_ID, SALES_REP_ID, PROJECT_MANAGER_ID ->
				require(refs.isActiveStaff(id), field, "must be an active staff member of your company", v);
			default -> {
			}
		}
	}

	private static void require(boolean ok, JobField field, String message, Violations.Builder v) {
		if (!ok) {
			v.add(field.apiName(), message);
		}
	}

	/** Resolves {@code worker} into {@code assigned_to_user_id} (in {@code read}). */
	static void resolveWorker(Patch patch, Map<JobField, Object> read, ReferenceLookup refs, Violations.Builder v) {
		if (!patch.isPresent(WORKER)) {
			return;
		}
		Object raw = patch.raw(WORKER);
		UUID assignee = null;
		if (raw instanceof String email && !email.isBlank()) {
			Optional<UUID> found = refs.activeStaffIdByEmail(email.trim());
			if (found.isEmpty()) {
				v.add(WORKER, "must be the email of an active staff member of your company");
				return;
			}
			assignee = found.get();
		}
		else if (raw != null && !(raw instanceof String)) {
			v.add(WORKER, "must be a staff email, or \"\" to unassign");
			return;
		}
		String assignedField = JobField.ASSIGNED_TO_USER_ID.apiName();
		if (!patch.isPresent(assignedField)) {
			read.put(JobField.ASSIGNED_TO_USER_ID, assignee);
		}
		else if (!v.has(assignedField) && !Objects.equals(read.get(JobField.ASSIGNED_TO_USER_ID), assignee)) {
			v.add(WORKER, "disagrees with assigned_to_user_id");
		}
	}

	/** The ids and emails the patches mention, malformed ones left out. */
	static ReferencedIds collect(Iterable<Patch> patches) {
		Set<UUID> customers = new HashSet<>();
		Set<UUID> locations = new HashSet<>();
		Set<UUID> staff = new HashSet<>();
		Set<String> emails = new HashSet<>();
		for (Patch patch : patches) {
			uuid(patch, JobField.CUSTOMER_UUID).ifPresent(customers::add);
			uuid(patch, JobField.LOCATION_UUID).ifPresent(locations::add);
			for (JobField field : List.of(JobField.ASSIGNED_TO_USER_ID, JobField.SALES_REP_ID,
					JobField.PROJECT_MANAGER_ID)) {
				uuid(patch, field).ifPresent(staff::add);
			}
			if (patch.raw(JobField.MILESTONES.apiName()) instanceof Map<?, ?> steps) {
				steps.values().forEach(step -> {
					if (step instanceof Map<?, ?> completion) {
						RawValues.toUuid(completion.get("completed_by")).ifPresent(staff::add);
					}
				});
			}
			if (patch.raw(WORKER) instanceof String email && !email.isBlank() && !RawValues.containsNul(email)) {
				emails.add(email.trim());
			}
		}
		return new ReferencedIds(customers, locations, staff, emails);
	}

	private static Optional<UUID> uuid(Patch patch, JobField field) {
		return RawValues.toUuid(patch.raw(field.apiName()));
	}

}
