package com.crewdesk.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The row of a job (work order) as the jobs table holds it: the domain type of
 * {@link JobRepository}, which reads and writes jobs only as the patch engine decides
 * (see {@link JobStore}); the service and screens work with {@link StoredJob}, the
 * engine's view of the same row. custom_fields, external_data and milestones are JSON
 * documents (jsonb).
 */
@Table("jobs")
public record Job(@Id Long id, UUID uuid, Long companyId, String jobNumber, String title, String description,
		String status, String priority, boolean isUrgent, boolean isEmergency, String jobType, String bidType,
		UUID customerId, UUID locationId, UUID assignedToUserId, UUID salesRepId, UUID projectManagerId,
		String serviceAddress1, String serviceAddress2, String serviceCity, String serviceCounty, String serviceState,
		String serviceZip, BigDecimal latitude, BigDecimal longitude, BigDecimal estimatedAmount,
		BigDecimal actualAmount, LocalDate scheduledDate, LocalTime scheduledTimeStart, LocalTime scheduledTimeEnd,
		Instant startedAt, Instant completedAt, Instant invoicedAt, Instant paidAt, Instant contractSignedAt,
		String internalNotes, String customerNotes, String closingNotes, boolean warrantyVoided, String insuranceClaim,
		String note, String customFields, String externalData, String milestones, Instant createdAt, UUID createdBy,
		String createdVia, Instant updatedAt, Instant deletedAt, UUID deletedBy, long version) {

	public boolean isDeleted() {
		return deletedAt != null;
	}
}
