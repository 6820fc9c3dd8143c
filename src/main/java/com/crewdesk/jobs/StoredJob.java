package com.crewdesk.jobs;

import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobValues;
import java.time.Instant;
import java.util.UUID;

/**
 * A job as read from the database: its internal id, its company and all its values (API
 * fields).
 */
public record StoredJob(long id, long companyId, JobValues values) {

	public UUID uuid() {
		return (UUID) values.get(JobField.UUID);
	}

	public String jobNumber() {
		return (String) values.get(JobField.JOB_NUMBER);
	}

	public long version() {
		return (Long) values.get(JobField.VERSION);
	}

	public Instant deletedAt() {
		return (Instant) values.get(JobField.DELETED_AT);
	}

	public boolean isDeleted() {
		return deletedAt() != null;
	}

	/** The ETag of this version, as the API sends it and expects it back in If-Match. */
	public String etag() {
		return "\"" + version() + "\"";
	}
}
