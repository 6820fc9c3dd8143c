package com.crewdesk.jobs.row;

import com.crewdesk.patch.Patch;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The cells of a row that can be edited in place, and the API field each one patches. */
enum InlineCell {

	STATUS("status", "status", "Status"), PRIORITY("priority", "priority", "Priority"),
	ASSIGNEE("assignee", "assigned_to_user_id", "Assignee"), SCHEDULED("scheduled", "scheduled_date", "Scheduled date");

	private final String param;

	private final String field;

	private final String label;

	InlineCell(String param, String field, String label) {
		this.param = param;
		this.field = field;
		this.label = label;
	}

	String param() {
		return param;
	}

	String field() {
		return field;
	}

	String label() {
		return label;
	}

	/**
	 * The one-field patch for what the control sent. An empty assignee means "unassign"
	 * ({@code ""}, P7) and an empty date clears it (null, P2); the engine judges every
	 * value.
	 */
	Patch patch(String value) {
		Map<String, Object> fields = new HashMap<>();
		fields.put(field,
				this == SCHEDULED && (value == null || value.isBlank()) ? null : value == null ? "" : value.trim());
		return Patch.of(fields);
	}

	static Optional<InlineCell> fromParam(String text) {
		return Arrays.stream(values()).filter(cell -> cell.param.equals(text)).findFirst();
	}

}
