package com.crewdesk.jobs;

import com.crewdesk.patch.BidType;
import com.crewdesk.patch.Coordinates;
import com.crewdesk.patch.CustomFieldValue;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobStatus;
import com.crewdesk.patch.JobType;
import com.crewdesk.patch.JobValues;
import com.crewdesk.patch.StepCompletion;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads a full jobs row into the typed values the patch engine works on. */
@Component
class JobRowMapper implements RowMapper<StoredJob> {

	private static final TypeReference<List<Map<String, String>>> CUSTOM_FIELDS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Map<String, String>>> NESTED_STRINGS = new TypeReference<>() {
	};

	private final JsonMapper json;

	JobRowMapper(JsonMapper json) {
		this.json = json;
	}

	@Override
	public StoredJob mapRow(ResultSet rs, int rowNum) throws SQLException {
		Map<JobField, Object> v = new EnumMap<>(JobField.class);
		v.put(JobField.UUID, rs.getObject("uuid", UUID.class));
		v.put(JobField.JOB_NUMBER, rs.getString("job_number"));
		v.put(JobField.TITLE, rs.getString("title"));
		v.put(JobField.DESCRIPTION, rs.getString("description"));
		v.put(JobField.STATUS, JobStatus.fromLabel(rs.getString("status")).orElseThrow());
		v.put(JobField.PRIORITY, JobPriority.fromLabel(rs.getString("priority")).orElseThrow());
		v.put(JobField.IS_URGENT, rs.getBoolean("is_urgent"));
		v.put(JobField.IS_EMERGENCY, rs.getBoolean("is_emergency"));
		v.put(JobField.JOB_TYPE, JobType.fromCode(rs.getString("job_type")).orElseThrow());
		String bidType = rs.getString("bid_type");
		v.put(JobField.BID_TYPE, bidType == null ? null : BidType.fromCode(bidType).orElseThrow());
		v.put(JobField.CUSTOMER_UUID, rs.getObject("customer_id", UUID.class));
		v.put(JobField.LOCATION_UUID, rs.getObject("location_id", UUID.class));
		v.put(JobField.ASSIGNED_TO_USER_ID, rs.getObject("assigned_to_user_id", UUID.class));
		v.put(JobField.SALES_REP_ID, rs.getObject("sales_rep_id", UUID.class));
		v.put(JobField.PROJECT_MANAGER_ID, rs.getObject("project_manager_id", UUID.class));
		for (JobField text : List.of(JobField.SERVICE_ADDRESS1, JobField.SERVICE_ADDRESS2, JobField.SERVICE_CITY,
				JobField.SERVICE_COUNTY, JobField.SERVICE_STATE, JobField.SERVICE_ZIP, JobField.INTERNAL_NOTES,
				JobField.CUSTOMER_NOTES, JobField.CLOSING_NOTES, JobField.INSURANCE_CLAIM, JobField.NOTE)) {
			v.put(text, rs.getString(text.apiName()));
		}
		BigDecimal latitude = rs.getBigDecimal("latitude");
		BigDecimal longitude = rs.getBigDecimal("longitude");
		v.put(JobField.COORDINATES, latitude == null ? null : new Coordinates(latitude, longitude));
		v.put(JobField.ESTIMATED_AMOUNT, rs.getBigDecimal("estimated_amount"));
		v.put(JobField.ACTUAL_AMOUNT, rs.getBigDecimal("actual_amount"));
		v.put(JobField.SCHEDULED_DATE, rs.getObject("scheduled_date", LocalDate.class));
		v.put(JobField.SCHEDULED_TIME_START, rs.getObject("scheduled_time_start", LocalTime.class));
		v.put(JobField.SCHEDULED_TIME_END, rs.getObject("scheduled_time_end", LocalTime.class));
		for (JobField instant : List.of(JobField.STARTED_AT, JobField.COMPLETED_AT, JobField.INVOICED_AT,
				JobField.PAID_AT, JobField.CONTRACT_SIGNED_AT, JobField.CREATED_AT, JobField.UPDATED_AT,
				JobField.DELETED_AT)) {
			v.put(instant, instant(rs, instant.apiName()));
		}
		v.put(JobField.WARRANTY_VOIDED, rs.getBoolean("warranty_voided"));
		v.put(JobField.CUSTOM_FIELDS, customFields(rs.getString("custom_fields")));
		v.put(JobField.EXTERNAL_DATA, json.readValue(rs.getString("external_data"), NESTED_STRINGS));
		v.put(JobField.MILESTONES, milestones(rs.getString("milestones")));
		v.put(JobField.CREATED_BY, rs.getObject("created_by", UUID.class));
		v.put(JobField.CREATED_VIA, rs.getString("created_via"));
		v.put(JobField.DELETED_BY, rs.getObject("deleted_by", UUID.class));
		v.put(JobField.VERSION, rs.getLong("version"));
		return new StoredJob(rs.getLong("id"), rs.getLong("company_id"), JobValues.of(v));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private List<CustomFieldValue> customFields(String document) {
		return json.readValue(document, CUSTOM_FIELDS)
			.stream()
			.map(item -> new CustomFieldValue(item.get("key"), item.get("val")))
			.toList();
	}

	private Map<String, StepCompletion> milestones(String document) {
		Map<String, StepCompletion> steps = new LinkedHashMap<>();
		json.readValue(document, NESTED_STRINGS)
			.forEach((step, completion) -> steps.put(step, new StepCompletion(
					completion.get("completed_at") == null ? null : Instant.parse(completion.get("completed_at")),
					completion.get("completed_by") == null ? null : UUID.fromString(completion.get("completed_by")))));
		return steps;
	}

}
