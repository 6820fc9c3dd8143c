package com.crewdesk.jobs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person's edit of a job they loaded at {@code baseVersion}: for each field they
 * changed, the value they started from and the value they want. Fields are named as the
 * API names them; one custom field is {@code custom_fields[KEY]}. After a conflict the
 * person decides per field ({@code decisions}), having seen the job at
 * {@code decidedAtVersion}; a decision made on an older version no longer counts.
 *
 * @param notifyTechnicians whether to notify technicians (P12), or null for the default
 */
public record JobEdit(long baseVersion, Map<String, FieldEdit> fields, Map<String, Decision> decisions,
		Long decidedAtVersion, Boolean notifyTechnicians) {

	public JobEdit {
		fields = new LinkedHashMap<>(fields);
		decisions = Map.copyOf(decisions);
	}

	/** What the person started from and what they want now, as raw patch values. */
	public record FieldEdit(Object original, Object wanted) {
	}

	/**
	 * After seeing both values of a field in conflict: keep what I wrote, or take the
	 * current value.
	 */
	public enum Decision {

		KEEP_MINE, TAKE_THEIRS;

		public static Decision fromParam(String value) {
			return switch (value == null ? "" : value) {
				case "mine" -> KEEP_MINE;
				case "theirs" -> TAKE_THEIRS;
				default -> null;
			};
		}

	}

	public boolean isEmpty() {
		return fields.isEmpty();
	}
}
