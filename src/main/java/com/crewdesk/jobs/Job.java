package com.crewdesk.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A job (work order) as stored. Reads go through {@link JobRepository}; every write goes through the
 * patch engine and a selective, version-guarded UPDATE (see JobWriter), never through save().
 * custom_fields, external_data and milestones are JSON documents (jsonb).
 */
@Table("jobs")
public record Job(
		@Id Long id,
		UUID uuid,
		Long companyId,
		String jobNumber,
		String title,
		String description,
		String status,
		String priority,
		boolean isUrgent,
		boolean isEmergency,
		String jobType,
		String bidType,
		UUID customerId,
		UUID locationId,
		UUID assignedToUserId,
		UUID salesRepId,
		UUID projectManagerId,
		String serviceAddress1,
		String serviceAddress2,
		String serviceCity,
		String serviceCounty,
		String serviceState,
		String serviceZip,
		BigDecimal latitude,
		BigDecimal longitude,
		BigDecimal estimatedAmount,
		BigDecimal actualAmount,
		LocalDate scheduledDate,
		LocalTime scheduledTimeStart,
		LocalTime scheduledTimeEnd,
		Instant startedAt,
		Instant completedAt,
		Instant invoicedAt,
		Instant paidAt,
		Instant contractSignedAt,
		String internalNotes,
		String customerNotes,
		String closingNotes,
		boolean warrantyVoided,
		String insuranceClaim,
		String note,
		String customFields,
		String externalData,
		String milestones,
		Instant createdAt,
		UUID createdBy,
		String createdVia,
		Instant updatedAt,
		Instant deletedAt,
		UUID deletedBy,
		long version) {

	public boolean isDeleted() {
		return deletedAt != null;
	}
}
