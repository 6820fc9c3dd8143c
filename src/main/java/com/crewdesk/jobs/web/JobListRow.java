package com.crewdesk.jobs.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the jobs table. */
public record JobListRow(UUID uuid, String jobNumber, String title, String customerName, String status,
		String priority, String assigneeName, LocalDate scheduledDate, BigDecimal estimatedAmount, Instant updatedAt) {
}
