package com.crewdesk.jobs;

/**
 * The job changed since the version the caller's change was made against; nothing was
 * written.
 */
public class StaleJobException extends RuntimeException {

	private final StoredJob current;

	public StaleJobException(StoredJob current) {
		super("Job " + current.jobNumber() + " was changed by someone else (now version " + current.version() + ")");
		this.current = current;
	}

	public StoredJob current() {
		return current;
	}

}
