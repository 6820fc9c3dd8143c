package com.crewdesk.customers;

import java.util.UUID;

/**
 * P14: a customer with open jobs (any status but Complete or Invoiced) is not deleted.
 */
public class CustomerHasOpenJobsException extends RuntimeException {

	private final long openJobs;

	private final String jobsLink;

	public CustomerHasOpenJobsException(UUID customer, long openJobs) {
		super("The customer has " + openJobs + " open job" + (openJobs == 1 ? "" : "s")
				+ "; complete, invoice or move them first");
		this.openJobs = openJobs;
		this.jobsLink = "/jobs?customer=" + customer;
	}

	public long openJobs() {
		return openJobs;
	}

	/** The jobs list filtered to this customer. */
	public String jobsLink() {
		return jobsLink;
	}

}
