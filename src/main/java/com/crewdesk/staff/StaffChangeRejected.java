package com.crewdesk.staff;

/**
 * A staff change the server refuses, with the form field it concerns and a message for
 * the user.
 */
public class StaffChangeRejected extends RuntimeException {

	private final String field;

	public StaffChangeRejected(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
