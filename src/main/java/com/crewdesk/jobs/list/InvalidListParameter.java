package com.crewdesk.jobs.list;

/**
 * A list parameter the strict (API) reading cannot use; answered as a 400 naming
 * {@link #parameter()}.
 */
public class InvalidListParameter extends RuntimeException {

	private final String parameter;

	public InvalidListParameter(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

}
