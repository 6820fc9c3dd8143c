package com.crewdesk.patch;

/** One job field whose value really changes, with typed old and new values. */
public record FieldChange(JobField field, Object oldValue, Object newValue) {

	public Object oldRaw() {
		return field.toRaw(oldValue);
	}

	public Object newRaw() {
		return field.toRaw(newValue);
	}
}
