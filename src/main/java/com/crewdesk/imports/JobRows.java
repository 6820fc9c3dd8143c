package com.crewdesk.imports;

import com.crewdesk.customers.CustomerStore;
import com.crewdesk.patch.Patch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns a job row into the job patch the job engine judges (the same fields as the API),
 * and reads the columns that find or create its customer. Technicians are given by e-mail
 * ({@code worker}); imports never notify.
 */
final class JobRows {

	private static final Set<String> FLAGS = Set.of("is_urgent", "is_emergency");

	private static final String CUSTOMER = "customer_";

	private JobRows() {
	}

	/**
	 * The row's job patch; without {@code customer_uuid} when {@code customer} is null
	 * (an update that keeps the job's customer).
	 */
	static Patch patch(CSVRecord record, ImportMapping mapping, java.util.UUID customer) {
		Map<String, Object> raw = new LinkedHashMap<>();
		List<Map<String, String>> custom = new ArrayList<>();
		List<String> columns = mapping.columns();
		for (int i = 0; i < columns.size() && i < record.size(); i++) {
			String target = columns.get(i);
			String value = record.get(i).strip();
			if (target == null || target.isEmpty() || value.isEmpty() || target.startsWith(CUSTOMER)) {
				continue;
			}
			if (FLAGS.contains(target)) {
				raw.put(target, CustomerRows.flag(value));
			}
			else if (target.equals("technician_email")) {
				raw.put("worker", value);
			}
			else if (target.equals("external_id")) {
				raw.put("external_data", CustomerRows.externalId(value));
			}
			else if (target.startsWith(ImportKind.CUSTOM)) {
				custom.add(Map.of("key", target.substring(ImportKind.CUSTOM.length()), "val", value));
			}
			else {
				raw.put(target, value);
			}
		}
		if (!custom.isEmpty()) {
			raw.put("custom_fields", custom);
		}
		if (customer != null) {
			raw.put("customer_uuid", customer.toString());
		}
		raw.put("notify", false);
		return Patch.of(raw);
	}

	/** Whether the row names a customer in any of the ways job rows may. */
	static boolean namesCustomer(CSVRecord record, ImportMapping mapping) {
		return ImportMapping.MATCHES.stream().anyMatch(match -> customerKey(record, mapping, match) != null);
	}

	/** A cell of the row by target, or null when unmapped or empty. */
	static String cell(CSVRecord record, ImportMapping mapping, String target) {
		int column = mapping.columnOf(target);
		if (column < 0 || column >= record.size()) {
			return null;
		}
		String value = record.get(column).strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * How the row names its customer for one way of matching: the external id, the e-mail
	 * (lower case) or the exact name (company name, else first and last name).
	 */
	static String customerKey(CSVRecord record, ImportMapping mapping, String match) {
		return switch (match) {
			case "external_id" -> cell(record, mapping, "customer_external_id");
			case "email" -> {
				String email = cell(record, mapping, "customer_email");
				yield email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
			}
			default -> name(record, mapping);
		};
	}

	static String name(CSVRecord record, ImportMapping mapping) {
		String company = cell(record, mapping, "customer_company_name");
		if (company != null) {
			return company;
		}
		String first = cell(record, mapping, "customer_first_name");
		String last = cell(record, mapping, "customer_last_name");
		String full = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
		return full.isEmpty() ? null : full;
	}

	/** The customer patch of a missing customer: the row's name, e-mail and address. */
	static Patch newCustomer(CSVRecord record, ImportMapping mapping) {
		Map<String, Object> raw = new LinkedHashMap<>();
		for (String field : List.of("first_name", "last_name", "company_name", "email")) {
			String value = cell(record, mapping, CUSTOMER + field);
			if (value != null) {
				raw.put(field, value);
			}
		}
		Map<String, Object> address = new LinkedHashMap<>();
		for (String part : List.of("street", "city", "state", "zip")) {
			String value = cell(record, mapping, CUSTOMER + part);
			if (value != null) {
				address.put(part, value);
			}
		}
		if (!address.isEmpty()) {
			raw.put("address", address);
		}
		String externalId = cell(record, mapping, "customer_external_id");
		if (externalId != null) {
			raw.put("external_data", Map.of("application_guid", CustomerStore.IMPORT_APPLICATION, "patch_mode", "Merge",
					"external_data", List.of(Map.of("key", "external_id", "value", externalId))));
		}
		return Patch.of(raw);
	}

	/** The column header an engine violation of a job is about. */
	static String column(String violationKey, ImportMapping mapping, List<String> headers) {
		String field = violationKey.startsWith("external_data") ? "external_id"
				: violationKey.equals("worker") || violationKey.equals("assigned_to_user_id") ? "technician_email"
						: violationKey.replaceAll("[\\[.].*$", "");
		int index = mapping.columnOf(field);
		return index >= 0 && index < headers.size() ? headers.get(index) : field;
	}

	/** The column of a customer violation in a job row ("customer_" + field). */
	static String customerColumn(String violationKey, ImportMapping mapping, List<String> headers) {
		String field = violationKey.startsWith("address.") ? violationKey.substring("address.".length())
				: violationKey.replaceAll("[\\[.].*$", "");
		int index = mapping.columnOf(CUSTOMER + field);
		return index >= 0 && index < headers.size() ? headers.get(index) : "customer " + field;
	}

}
