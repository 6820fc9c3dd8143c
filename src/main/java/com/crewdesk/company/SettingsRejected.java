package com.crewdesk.company;

/**
 * A settings change the server refuses, with the form field it concerns and a message for
 * the admin.
 */
public class SettingsRejected extends RuntimeException {

	private final String field;

	public SettingsRejected(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
