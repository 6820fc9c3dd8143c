package com.crewdesk.jobs;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One changed field of one applied patch: who (staff or API key), when, through which channel. */
@Table("job_history")
public record JobHistoryEntry(
		@Id Long id,
		Long companyId,
		Long jobId,
		Instant changedAt,
		UUID staffId,
		Long apiKeyId,
		String channel,
		String field,
		String oldValue,
		String newValue) {
}
