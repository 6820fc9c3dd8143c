package com.crewdesk.imports;

import com.crewdesk.customers.CustomerStore;
import com.crewdesk.patch.Address;
import com.crewdesk.patch.CustomFieldValue;
import com.crewdesk.patch.CustomerField;
import com.crewdesk.patch.CustomerValues;
import com.crewdesk.patch.Patch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns a customer row into the patch the customer engine judges (the same fields as the
 * API), and a stored customer back into the row as it will be stored. An empty cell is
 * absent (P1): it leaves the field as it is.
 */
final class CustomerRows {

	static final List<String> ADDRESS = List.of("street", "unit", "city", "state", "zip", "country", "latitude",
			"longitude");

	private static final Set<String> FLAGS = Set.of("do_not_mail", "do_not_service", "active");

	private CustomerRows() {
	}

	static Patch patch(CSVRecord record, ImportMapping mapping) {
		Map<String, Object> raw = new LinkedHashMap<>();
		Map<String, Object> address = new LinkedHashMap<>();
		List<Map<String, String>> custom = new ArrayList<>();
		List<String> columns = mapping.columns();
		for (int i = 0; i < columns.size() && i < record.size(); i++) {
			String target = columns.get(i);
			String value = record.get(i).strip();
			if (target == null || target.isEmpty() || value.isEmpty()) {
				continue;
			}
			if (ADDRESS.contains(target)) {
				address.put(target, value);
			}
			else if (FLAGS.contains(target)) {
				raw.put(target, flag(value));
			}
			else if (target.equals("tags")) {
				raw.put(target, List.of(value.split("\\s*[,;|]\\s*")));
			}
			else if (target.equals("external_id")) {
				raw.put("external_data", externalId(value));
			}
			else if (target.startsWith(ImportKind.CUSTOM)) {
				custom.add(Map.of("key", target.substring(ImportKind.CUSTOM.length()), "val", value));
			}
			else {
				raw.put(target, value);
			}
		}
		if (!address.isEmpty()) {
			raw.put("address", address);
		}
		if (!custom.isEmpty()) {
			raw.put("custom_fields", custom);
		}
		return Patch.of(raw);
	}

	/** The external id of a row, or null. */
	static String externalId(CSVRecord record, ImportMapping mapping) {
		int column = mapping.columnOf("external_id");
		if (column < 0 || column >= record.size()) {
			return null;
		}
		String value = record.get(column).strip();
		return value.isEmpty() ? null : value;
	}

	/** The row as it will be stored, by column header (mapped columns only). */
	static Map<String, String> stored(CustomerValues values, ImportMapping mapping, List<String> headers) {
		Map<String, String> row = new LinkedHashMap<>();
		Address address = values.address();
		for (int i = 0; i < mapping.columns().size() && i < headers.size(); i++) {
			String target = mapping.columns().get(i);
			if (target == null || target.isEmpty()) {
				continue;
			}
			Object shown;
			if (ADDRESS.contains(target)) {
				shown = address == null ? null : addressPart(address, target);
			}
			else if (target.equals("external_id")) {
				shown = values.externalData().getOrDefault(CustomerStore.IMPORT_APPLICATION, Map.of()).get(target);
			}
			else if (target.startsWith(ImportKind.CUSTOM)) {
				String key = target.substring(ImportKind.CUSTOM.length());
				shown = values.customFields()
					.stream()
					.filter(field -> field.key().equals(key))
					.map(CustomFieldValue::val)
					.findFirst()
					.orElse(null);
			}
			else {
				CustomerField field = CustomerField.byApiName(target).orElseThrow();
				shown = field.toRaw(values.get(field));
			}
			row.put(headers.get(i), shown == null ? "" : shown instanceof List<?> list
					? String.join(", ", list.stream().map(String::valueOf).toList()) : String.valueOf(shown));
		}
		return row;
	}

	/**
	 * The column header an engine violation is about ("address.state" → the column mapped
	 * to state), or the field name when no column holds it.
	 */
	static String column(String violationKey, ImportMapping mapping, List<String> headers) {
		String field = violationKey.startsWith("address.") ? violationKey.substring("address.".length())
				: violationKey.startsWith("external_data") ? "external_id" : violationKey.replaceAll("[\\[.].*$", "");
		int index = mapping.columnOf(field);
		if (index < 0 && field.equals("address")) {
			index = ADDRESS.stream().mapToInt(mapping::columnOf).filter(i -> i >= 0).findFirst().orElse(-1);
		}
		if (index < 0 && field.equals("custom_fields")) {
			for (int i = 0; i < mapping.columns().size() && index < 0; i++) {
				String target = mapping.columns().get(i);
				index = target != null && target.startsWith(ImportKind.CUSTOM) ? i : -1;
			}
		}
		return index >= 0 && index < headers.size() ? headers.get(index) : field;
	}

	static Map<String, Object> externalId(String value) {
		return Map.of("application_guid", CustomerStore.IMPORT_APPLICATION, "patch_mode", "Merge", "external_data",
				List.of(Map.of("key", "external_id", "value", value)));
	}

	/** yes/no, y/n, 1/0 and true/false; anything else goes to the engine as written. */
	static Object flag(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "y", "1" -> Boolean.TRUE;
			case "false", "no", "n", "0" -> Boolean.FALSE;
			default -> value;
		};
	}

	private static Object addressPart(Address address, String part) {
		return switch (part) {
			case "street" -> address.street();
			case "unit" -> address.unit();
			case "city" -> address.city();
			case "state" -> address.state();
			case "zip" -> address.zip();
			case "country" -> address.country();
			case "latitude" -> address.latitude();
			default -> address.longitude();
		};
	}

}
