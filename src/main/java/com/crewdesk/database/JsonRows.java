package com.crewdesk.database;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * Many rows as ONE parameter: a JSON array of objects, column → value, that a store
 * unpacks with {@code jsonb_populate_recordset(NULL::jobs, CAST(:rows AS jsonb))} (the
 * table's own row type), so that PostgreSQL converts each value with the column's own
 * type. One multi-row statement instead of a JDBC batch of single-row ones: one round
 * trip, one plan, and one firing of the table's statement-level triggers per chunk
 * (imports).
 * <p>
 * Values are the JDBC values the stores bind: text, numbers, booleans, uuids, dates,
 * times, timestamps and text arrays; the columns named as jsonb hold JSON text, which is
 * embedded as it is.
 */
public final class JsonRows {

	private JsonRows() {
	}

	public static String of(List<Map<String, Object>> rows, Set<String> jsonbColumns, JsonMapper json) {
		List<Map<String, Object>> converted = new ArrayList<>(rows.size());
		for (Map<String, Object> row : rows) {
			Map<String, Object> values = new LinkedHashMap<>();
			row.forEach((column, value) -> values.put(column,
					jsonbColumns.contains(column) && value != null ? new RawValue((String) value) : value(value)));
			converted.add(values);
		}
		return json.writeValueAsString(converted);
	}

	/** A JDBC value as the JSON that PostgreSQL's input for the column's type reads. */
	private static Object value(Object value) {
		if (value instanceof OffsetDateTime || value instanceof LocalDate || value instanceof LocalTime
				|| value instanceof UUID || value instanceof Enum<?>) {
			return value.toString();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value;
	}

}
