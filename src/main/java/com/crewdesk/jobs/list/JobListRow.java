package com.crewdesk.jobs.list;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One row of the jobs table (and of the CSV export). */
public record JobListRow(UUID uuid, String jobNumber, String title, UUID customerId, String customerName, String status,
		String priority, UUID assigneeId, String assigneeName, LocalDate scheduledDate, LocalTime scheduledTimeStart,
		LocalTime scheduledTimeEnd, BigDecimal estimatedAmount, Instant updatedAt, Instant deletedAt, long version) {

	public boolean deleted() {
		return deletedAt != null;
	}

	/** "09:00–11:30", or "" without a start time. */
	public String timeWindow() {
		if (scheduledTimeStart == null) {
			return "";
		}
		return scheduledTimeStart + (scheduledTimeEnd == null ? "" : "–" + scheduledTimeEnd);
	}
}
