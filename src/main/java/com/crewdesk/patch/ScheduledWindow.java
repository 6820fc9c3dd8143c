package com.crewdesk.patch;

import java.time.LocalTime;

/**
 * P5: the scheduled end time must be after the start, judged on the values after the
 * patch.
 */
final class ScheduledWindow {

	private static final String START = JobField.SCHEDULED_TIME_START.apiName();

	private static final String END = JobField.SCHEDULED_TIME_END.apiName();

	private ScheduledWindow() {
	}

	static void check(JobValues after, Patch patch, Violations.Builder v) {
		if (!patch.isPresent(START) && !patch.isPresent(END) || v.has(START) || v.has(END)) {
			return;
		}
		LocalTime start = (LocalTime) after.get(JobField.SCHEDULED_TIME_START);
		LocalTime end = (LocalTime) after.get(JobField.SCHEDULED_TIME_END);
		if (start == null || end == null || end.isAfter(start)) {
			return;
		}
		if (patch.isPresent(END)) {
			v.add(END, "must be after scheduled_time_start");
		}
		else {
			v.add(START, "must be before scheduled_time_end");
		}
	}

}
