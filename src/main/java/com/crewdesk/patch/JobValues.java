package com.crewdesk.patch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An immutable snapshot of a job's typed values. Collections are never null (empty
 * instead) and unmodifiable; booleans default to false; money is kept with 2 decimals.
 * Equal by content, custom fields compared as a set of key/val pairs.
 */
public final class JobValues {

	private final EnumMap<JobField, Object> values;

	private JobValues(EnumMap<JobField, Object> values) {
		this.values = values;
	}

	public static JobValues of(Map<JobField, ?> typed) {
		EnumMap<JobField, Object> copy = new EnumMap<>(JobField.class);
		for (JobField field : JobField.values()) {
			copy.put(field, normalised(field, typed.get(field)));
		}
		return new JobValues(copy);
	}

	public static JobValues empty() {
		return of(Map.of());
	}

	public Object get(JobField field) {
		return values.get(field);
	}

	public JobValues with(JobField field, Object value) {
		EnumMap<JobField, Object> copy = new EnumMap<>(values);
		copy.put(field, normalised(field, value));
		return new JobValues(copy);
	}

	/** All fields in their JSON-like form (API name → raw value). */
	public Map<String, Object> toRaw() {
		Map<String, Object> raw = new LinkedHashMap<>();
		values.forEach((field, value) -> raw.put(field.apiName(), field.toRaw(value)));
		return raw;
	}

	public String title() {
		return (String) get(JobField.TITLE);
	}

	public JobStatus status() {
		return (JobStatus) get(JobField.STATUS);
	}

	public JobPriority priority() {
		return (JobPriority) get(JobField.PRIORITY);
	}

	public JobType jobType() {
		return (JobType) get(JobField.JOB_TYPE);
	}

	public BidType bidType() {
		return (BidType) get(JobField.BID_TYPE);
	}

	public UUID customerUuid() {
		return (UUID) get(JobField.CUSTOMER_UUID);
	}

	public UUID assignedToUserId() {
		return (UUID) get(JobField.ASSIGNED_TO_USER_ID);
	}

	public LocalDate scheduledDate() {
		return (LocalDate) get(JobField.SCHEDULED_DATE);
	}

	@SuppressWarnings("unchecked")
	public List<CustomFieldValue> customFields() {
		return (List<CustomFieldValue>) get(JobField.CUSTOM_FIELDS);
	}

	@SuppressWarnings("unchecked")
	public Map<String, Map<String, String>> externalData() {
		return (Map<String, Map<String, String>>) get(JobField.EXTERNAL_DATA);
	}

	@SuppressWarnings("unchecked")
	public Map<String, StepCompletion> milestones() {
		return (Map<String, StepCompletion>) get(JobField.MILESTONES);
	}

	/**
	 * Whether two typed values of {@code field} are the same for the business (no
	 * change).
	 */
	public static boolean sameValue(JobField field, Object a, Object b) {
		return Objects.equals(comparable(field, a), comparable(field, b));
	}

	private static Object comparable(JobField field, Object value) {
		if (field == JobField.CUSTOM_FIELDS && value instanceof List<?> list) {
			return new HashSet<>(list);
		}
		if (value instanceof BigDecimal d) {
			return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
		}
		return value;
	}

	private static Object normalised(JobField field, Object value) {
		if (value == null) {
			return switch (field) {
				case CUSTOM_FIELDS -> List.of();
				case EXTERNAL_DATA, MILESTONES -> Map.of();
				case IS_URGENT, IS_EMERGENCY, WARRANTY_VOIDED -> Boolean.FALSE;
				default -> null;
			};
		}
		if (value instanceof List<?> list) {
			return List.copyOf(list);
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(k,
					v instanceof Map<?, ?> inner ? Collections.unmodifiableMap(new LinkedHashMap<>(inner)) : v));
			return Collections.unmodifiableMap(copy);
		}
		if (value instanceof BigDecimal d && field != JobField.COORDINATES && d.scale() < 2) {
			return d.setScale(2);
		}
		return value;
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof JobValues other)) {
			return false;
		}
		for (JobField field : JobField.values()) {
			if (!sameValue(field, values.get(field), other.values.get(field))) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int hashCode() {
		int hash = 1;
		for (JobField field : JobField.values()) {
			hash = 31 * hash + Objects.hashCode(comparable(field, values.get(field)));
		}
		return hash;
	}

	@Override
	public String toString() {
		return "JobValues" + values;
	}

}
