package com.crewdesk.jobs;

import com.crewdesk.patch.FieldChange;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes one history row per changed field (P17), all rows of a write in one batched statement. */
@Component
class JobHistoryWriter {

	/** The changes applied to one job. */
	record AppliedChanges(long jobId, List<FieldChange> changes) {
	}

	private final JdbcTemplate jdbc;
	private final JsonMapper json;

	JobHistoryWriter(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void record(Caller caller, Channel channel, Instant at, List<AppliedChanges> applied) {
		List<Object[]> rows = new ArrayList<>();
		for (AppliedChanges job : applied) {
			for (FieldChange change : job.changes()) {
				rows.add(row(caller, channel, at, job.jobId(), change.field().apiName(), change.oldRaw(), change.newRaw()));
			}
		}
		insert(rows);
	}

	void recordOne(Caller caller, Channel channel, Instant at, long jobId, String field, Object oldRaw, Object newRaw) {
		insert(List.<Object[]>of(row(caller, channel, at, jobId, field, oldRaw, newRaw)));
	}

	private Object[] row(Caller caller, Channel channel, Instant at, long jobId, String field, Object oldRaw,
			Object newRaw) {
		return new Object[] { caller.companyId(), jobId, at.atOffset(ZoneOffset.UTC), caller.staffId(), caller.apiKeyId(),
				channel.code(), field, json.writeValueAsString(oldRaw), json.writeValueAsString(newRaw) };
	}

	private void insert(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("""
				INSERT INTO job_history (company_id, job_id, changed_at, staff_id, api_key_id, channel, field, old_value, new_value)
				VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""", rows);
	}
}
