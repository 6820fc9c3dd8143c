package com.crewdesk.patch;

import java.time.Instant;
import java.util.Map;

/**
 * P11: entering In Progress, Complete or Invoiced stamps started_at, completed_at or
 * invoiced_at with now. The stamp is skipped when the patch itself names that field (an
 * explicit value or null wins), and when the field already holds a time: re-entering a
 * status keeps the first stamp.
 */
final class StatusStamps {

	private static final Map<JobStatus, JobField> STAMPED = Map.of(JobStatus.IN_PROGRESS, JobField.STARTED_AT,
			JobStatus.COMPLETE, JobField.COMPLETED_AT, JobStatus.INVOICED, JobField.INVOICED_AT);

	private StatusStamps() {
	}

	static JobValues stamp(JobStatus previous, JobValues after, Patch patch, Instant now) {
		JobStatus entered = after.status();
		if (entered == previous || !STAMPED.containsKey(entered)) {
			return after;
		}
		JobField stamp = STAMPED.get(entered);
		if (patch.isPresent(stamp.apiName()) || after.get(stamp) != null) {
			return after;
		}
		return after.with(stamp, now);
	}

}
