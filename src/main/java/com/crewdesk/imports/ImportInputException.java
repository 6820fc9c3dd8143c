package com.crewdesk.imports;

/**
 * An upload or a request about an import that cannot be taken, naming what was wrong
 * ("file", "mapping", "state"…): a 400 (or 409 for the state) with the message.
 */
public class ImportInputException extends RuntimeException {

	private final String field;

	private final boolean conflict;

	ImportInputException(String field, String message) {
		this(field, message, false);
	}

	ImportInputException(String field, String message, boolean conflict) {
		super(message, null, false, false);
		this.field = field;
		this.conflict = conflict;
	}

	public String field() {
		return field;
	}

	/** The import is not in a state that allows this request. */
	public boolean conflict() {
		return conflict;
	}

}
