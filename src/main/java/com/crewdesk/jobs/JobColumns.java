package com.crewdesk.jobs;

import com.crewdesk.patch.Coordinates;
import com.crewdesk.patch.JobField;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each writable job field lives in the jobs table and how its typed value is bound
 * as a JDBC parameter. Coordinates span two columns; custom fields, external data and
 * milestones are jsonb.
 */
final class JobColumns {

	private static final Map<JobField, List<String>> COLUMNS = new EnumMap<>(JobField.class);

	static {
		for (JobField field : JobField.values()) {
			switch (field) {
				case UUID, JOB_NUMBER, CREATED_AT, CREATED_BY, CREATED_VIA, UPDATED_AT, DELETED_AT, DELETED_BY,
						VERSION ->
					{
					}
				case CUSTOMER_UUID -> COLUMNS.put(field, List.of("customer_id"));
				case LOCATION_UUID -> COLUMNS.put(field, List.of("location_id"));
				case COORDINATES -> COLUMNS.put(field, List.of("latitude", "longitude"));
				default -> COLUMNS.put(field, List.of(field.apiName()));
			}
		}
	}

	private JobColumns() {
	}

	static List<String> of(JobField field) {
		List<String> columns = COLUMNS.get(field);
		if (columns == null) {
			throw new IllegalArgumentException(field + " is not stored by a patch");
		}
		return columns;
	}

	/** Column → JDBC value for one changed field (two entries for coordinates). */
	static Map<String, Object> bind(JobField field, Object typed, JsonMapper json) {
		Map<String, Object> values = new LinkedHashMap<>();
		switch (field) {
			case COORDINATES -> {
				Coordinates coordinates = (Coordinates) typed;
				values.put("latitude", coordinates == null ? null : coordinates.lat());
				values.put("longitude", coordinates == null ? null : coordinates.lng());
			}
			case CUSTOM_FIELDS, EXTERNAL_DATA, MILESTONES ->
				values.put(of(field).get(0), json.writeValueAsString(field.toRaw(typed)));
			case STATUS, PRIORITY, JOB_TYPE, BID_TYPE ->
				values.put(of(field).get(0), typed == null ? null : field.toRaw(typed));
			default -> values.put(of(field).get(0), jdbcValue(typed));
		}
		return values;
	}

	static Object jdbcValue(Object typed) {
		return typed instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : typed;
	}

}
