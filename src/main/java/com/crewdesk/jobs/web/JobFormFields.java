package com.crewdesk.jobs.web;

import com.crewdesk.patch.Coordinates;
import com.crewdesk.patch.CustomFieldValue;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * The inputs of the job form, named after the API fields ("title", "coordinates.lat",
 * "custom_fields[PO_Number]") so that the engine's violation keys point straight at them.
 * A job's values are shown in them as strings, and a post is read back into the same
 * shape.
 */
public final class JobFormFields {

	/** One thing the user edits: a field, the coordinates pair, or one custom field. */
	public record Unit(String name, List<String> inputs) {

		public List<String> valuesIn(Map<String, String> form) {
			return inputs.stream().map(input -> form.getOrDefault(input, "")).toList();
		}

		public boolean isIn(Map<String, String> form) {
			return inputs.stream().anyMatch(form::containsKey);
		}

		public boolean isCustomField() {
			return name.startsWith(CUSTOM_PREFIX);
		}

		public String customKey() {
			return name.substring(CUSTOM_PREFIX.length(), name.length() - 1);
		}
	}

	public static final String CUSTOM_PREFIX = "custom_fields[";

	public static final String LAT = "coordinates.lat";

	public static final String LNG = "coordinates.lng";

	public static final String COORDINATES = "coordinates";

	/**
	 * Fields with one input each, in form order (coordinates and custom fields come on
	 * top).
	 */
	public static final List<JobField> PLAIN = List.of(JobField.CUSTOMER_UUID, JobField.TITLE, JobField.DESCRIPTION,
			JobField.STATUS, JobField.PRIORITY, JobField.JOB_TYPE, JobField.BID_TYPE, JobField.IS_URGENT,
			JobField.IS_EMERGENCY, JobField.WARRANTY_VOIDED, JobField.ASSIGNED_TO_USER_ID, JobField.SALES_REP_ID,
			JobField.PROJECT_MANAGER_ID, JobField.SERVICE_ADDRESS1, JobField.SERVICE_ADDRESS2, JobField.SERVICE_CITY,
			JobField.SERVICE_COUNTY, JobField.SERVICE_STATE, JobField.SERVICE_ZIP, JobField.SCHEDULED_DATE,
			JobField.SCHEDULED_TIME_START, JobField.SCHEDULED_TIME_END, JobField.ESTIMATED_AMOUNT,
			JobField.ACTUAL_AMOUNT, JobField.INTERNAL_NOTES, JobField.CUSTOMER_NOTES, JobField.CLOSING_NOTES,
			JobField.INSURANCE_CLAIM, JobField.NOTE);

	/**
	 * Checkboxes: a hidden "false" and, when ticked, "true" ({@code notify} and an
	 * admin's {@code override_do_not_service} are ones, though not fields).
	 */
	public static final Set<String> BOOLEANS = Set.of("is_urgent", "is_emergency", "warranty_voided", "notify",
			"override_do_not_service");

	private JobFormFields() {
	}

	public static String customInput(String key) {
		return CUSTOM_PREFIX + key + "]";
	}

	/** Every unit of a company's form. */
	public static List<Unit> units(List<String> customKeys) {
		List<Unit> units = new ArrayList<>();
		PLAIN.forEach(field -> units.add(new Unit(field.apiName(), List.of(field.apiName()))));
		units.add(new Unit(COORDINATES, List.of(LAT, LNG)));
		customKeys.forEach(key -> units.add(new Unit(customInput(key), List.of(customInput(key)))));
		return units;
	}

	/** How a job's values look in the form's inputs. */
	public static Map<String, String> fromJob(JobValues job) {
		Map<String, String> form = new LinkedHashMap<>();
		for (JobField field : PLAIN) {
			form.put(field.apiName(), text(field.toRaw(job.get(field))));
		}
		Coordinates coordinates = (Coordinates) job.get(JobField.COORDINATES);
		form.put(LAT, coordinates == null ? "" : plain(coordinates.lat()));
		form.put(LNG, coordinates == null ? "" : plain(coordinates.lng()));
		for (CustomFieldValue value : job.customFields()) {
			form.put(customInput(value.key()), value.val());
		}
		return form;
	}

	/**
	 * The inputs of a post whose names start with {@code prefix} ("" for the values,
	 * "orig." for the values the form was loaded with), prefix removed. A checkbox posts
	 * a hidden "false" and, when ticked, "true". Line breaks are normalised, as browsers
	 * send CRLF.
	 */
	public static Map<String, String> fromPost(MultiValueMap<String, String> params, String prefix) {
		Map<String, String> form = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (!name.startsWith(prefix) || values == null || values.isEmpty()) {
				return;
			}
			String input = name.substring(prefix.length());
			if (prefix.isEmpty() && (input.startsWith("orig.") || input.startsWith("resolve."))) {
				return;
			}
			String value = BOOLEANS.contains(input) ? String.valueOf(values.contains("true")) : values.get(0);
			form.put(input, value == null ? "" : value.replace("\r\n", "\n"));
		});
		return form;
	}

	public static String text(Object raw) {
		if (raw == null) {
			return "";
		}
		return raw instanceof BigDecimal d ? d.toPlainString() : raw.toString();
	}

	private static String plain(BigDecimal d) {
		return d.stripTrailingZeros().toPlainString();
	}

}
