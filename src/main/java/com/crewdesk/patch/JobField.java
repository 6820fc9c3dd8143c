package com.crewdesk.patch;

import static com.crewdesk.patch.FieldCategory.CREATE_ONLY;
import static com.crewdesk.patch.FieldCategory.READ_ONLY;
import static com.crewdesk.patch.FieldCategory.WRITABLE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every job field of SPEC §1: API name, Java type, nullability, whether a patch may write
 * it, format.
 */
public enum JobField implements PatchableField {

	UUID("uuid", java.util.UUID.class, READ_ONLY, false, Formats.shownAsString()),
	JOB_NUMBER("job_number", String.class, READ_ONLY, true, Formats.shownAsIs()),
	TITLE("title", String.class, WRITABLE, false, Formats.text(1, 200)),
	DESCRIPTION("description", String.class, WRITABLE, true, Formats.text(10_000)),
	STATUS("status", JobStatus.class, WRITABLE, false,
			Formats.oneOf(JobStatus.class, JobStatus::fromLabel, JobStatus::label)),
	PRIORITY("priority", JobPriority.class, WRITABLE, false,
			Formats.oneOf(JobPriority.class, JobPriority::fromLabel, JobPriority::label)),
	IS_URGENT("is_urgent", Boolean.class, WRITABLE, false, Formats.bool()),
	IS_EMERGENCY("is_emergency", Boolean.class, WRITABLE, false, Formats.bool()),
	JOB_TYPE("job_type", JobType.class, WRITABLE, false,
			Formats.oneOf(JobType.class, JobType::fromCode, JobType::code)),
	BID_TYPE("bid_type", BidType.class, WRITABLE, true, Formats.oneOf(BidType.class, BidType::fromCode, BidType::code)),
	CUSTOMER_UUID("customer_uuid", java.util.UUID.class, WRITABLE, false, Formats.uuid()),
	LOCATION_UUID("location_uuid", java.util.UUID.class, WRITABLE, true, Formats.uuid()),
	ASSIGNED_TO_USER_ID("assigned_to_user_id", java.util.UUID.class, WRITABLE, true, Formats.uuid()),
	SALES_REP_ID("sales_rep_id", java.util.UUID.class, WRITABLE, true, Formats.uuid()),
	PROJECT_MANAGER_ID("project_manager_id", java.util.UUID.class, WRITABLE, true, Formats.uuid()),
	SERVICE_ADDRESS1("service_address1", String.class, WRITABLE, true, Formats.text(200)),
	SERVICE_ADDRESS2("service_address2", String.class, WRITABLE, true, Formats.text(200)),
	SERVICE_CITY("service_city", String.class, WRITABLE, true, Formats.text(100)),
	SERVICE_COUNTY("service_county", String.class, WRITABLE, true, Formats.text(100)),
	SERVICE_STATE("service_state", String.class, WRITABLE, true, Formats.usState()),
	SERVICE_ZIP("service_zip", String.class, WRITABLE, true, Formats.zip()),
	COORDINATES("coordinates", Coordinates.class, WRITABLE, true, new CoordinatesFormat()),
	ESTIMATED_AMOUNT("estimated_amount", BigDecimal.class, WRITABLE, true, Formats.money()),
	ACTUAL_AMOUNT("actual_amount", BigDecimal.class, WRITABLE, true, Formats.money()),
	SCHEDULED_DATE("scheduled_date", LocalDate.class, WRITABLE, true, Formats.date()),
	SCHEDULED_TIME_START("scheduled_time_start", LocalTime.class, WRITABLE, true, Formats.time()),
	SCHEDULED_TIME_END("scheduled_time_end", LocalTime.class, WRITABLE, true, Formats.time()),
	STARTED_AT("started_at", Instant.class, WRITABLE, true, Formats.instant()),
	COMPLETED_AT("completed_at", Instant.class, WRITABLE, true, Formats.instant()),
	INVOICED_AT("invoiced_at", Instant.class, WRITABLE, true, Formats.instant()),
	PAID_AT("paid_at", Instant.class, WRITABLE, true, Formats.instant()),
	CONTRACT_SIGNED_AT("contract_signed_at", Instant.class, WRITABLE, true, Formats.instant()),
	INTERNAL_NOTES("internal_notes", String.class, WRITABLE, true, Formats.text(10_000)),
	CUSTOMER_NOTES("customer_notes", String.class, WRITABLE, true, Formats.text(10_000)),
	CLOSING_NOTES("closing_notes", String.class, WRITABLE, true, Formats.text(10_000)),
	WARRANTY_VOIDED("warranty_voided", Boolean.class, WRITABLE, false, Formats.bool()),
	INSURANCE_CLAIM("insurance_claim", String.class, CREATE_ONLY, true, Formats.text(200)),
	NOTE("note", String.class, CREATE_ONLY, true, Formats.text(10_000)),
	/** List of {@link CustomFieldValue}; null in a patch clears to an empty list. */
	CUSTOM_FIELDS("custom_fields", List.class, WRITABLE, true, new CustomFieldsFormat()),
	/** Map applicationGuid → (key → value); patched per application, never null. */
	EXTERNAL_DATA("external_data", Map.class, WRITABLE, false, new ExternalDataFormat()),
	/**
	 * Map stepKey → {@link StepCompletion}; patched per step, null in a patch clears all
	 * steps.
	 */
	MILESTONES("milestones", Map.class, WRITABLE, true, new MilestonesFormat()),
	CREATED_AT("created_at", Instant.class, READ_ONLY, false, Formats.shownAsString()),
	CREATED_BY("created_by", java.util.UUID.class, READ_ONLY, true, Formats.shownAsString()),
	CREATED_VIA("created_via", String.class, READ_ONLY, true, Formats.shownAsIs()),
	UPDATED_AT("updated_at", Instant.class, READ_ONLY, true, Formats.shownAsString()),
	DELETED_AT("deleted_at", Instant.class, READ_ONLY, true, Formats.shownAsString()),
	DELETED_BY("deleted_by", java.util.UUID.class, READ_ONLY, true, Formats.shownAsString()),
	VERSION("version", Long.class, READ_ONLY, true, Formats.shownAsIs());

	private final String apiName;

	private final Class<?> javaType;

	private final FieldCategory category;

	private final boolean nullable;

	private final ValueFormat format;

	JobField(String apiName, Class<?> javaType, FieldCategory category, boolean nullable, ValueFormat format) {
		this.apiName = apiName;
		this.javaType = javaType;
		this.category = category;
		this.nullable = nullable;
		this.format = format;
	}

	public static Optional<JobField> byApiName(String name) {
		return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
	}

	@Override
	public String apiName() {
		return apiName;
	}

	public Class<?> javaType() {
		return javaType;
	}

	@Override
	public FieldCategory category() {
		return category;
	}

	@Override
	public boolean nullable() {
		return nullable;
	}

	@Override
	public ValueFormat format() {
		return format;
	}

	/**
	 * The JSON-like form used by the API and history (inverse of reading a patch value).
	 */
	public Object toRaw(Object typed) {
		return format.toRaw(typed);
	}

	/**
	 * Fields pointing at another row of the company, checked through
	 * {@link ReferenceLookup} (P6).
	 */
	public boolean isStaffReference() {
		return this == ASSIGNED_TO_USER_ID || this == SALES_REP_ID || this == PROJECT_MANAGER_ID;
	}

}
