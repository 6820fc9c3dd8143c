package com.crewdesk.jobs;

/**
 * No such job for this caller: missing, another company's, deleted (for writes) or not
 * visible to them.
 */
public class JobNotFoundException extends RuntimeException {

	public JobNotFoundException(Object id) {
		super("Job " + id + " not found");
	}

}
