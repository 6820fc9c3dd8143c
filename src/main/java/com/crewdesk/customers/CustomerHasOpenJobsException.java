package com.crewdesk.customers;

import com.crewdesk.patch.JobStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

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
		this.jobsLink = "/jobs?customer=" + customer
				+ Arrays.stream(JobStatus.values())
					.filter(status -> status != JobStatus.COMPLETE && status != JobStatus.INVOICED)
					.map(status -> "&status=" + URLEncoder.encode(status.label(), StandardCharsets.UTF_8))
					.collect(Collectors.joining());
	}

	public long openJobs() {
		return openJobs;
	}

	/** The jobs list filtered to this customer's open jobs. */
	public String jobsLink() {
		return jobsLink;
	}

}
