package com.crewdesk.jobs;

import com.crewdesk.patch.FieldChange;
import com.crewdesk.security.Caller;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one history row per changed field (P17), the rows of a write in as few
 * statements as possible; a new job gets one {@link #CREATED} row instead of a row per
 * default.
 */
@Component
class JobHistoryWriter {

	/** The changes applied to one job. */
	record AppliedChanges(long jobId, List<FieldChange> changes) {
	}

	/** The field of the one entry a job's creation writes (who, when, channel). */
	public static final String CREATED = "created";

	/** History rows per INSERT statement. */
	private static final int CHUNK = 10_000;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JobHistoryWriter(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void record(Caller caller, Channel channel, Instant at, List<AppliedChanges> applied) {
		List<Long> jobs = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		List<String> oldValues = new ArrayList<>();
		List<String> newValues = new ArrayList<>();
		for (AppliedChanges job : applied) {
			for (FieldChange change : job.changes()) {
				jobs.add(job.jobId());
				fields.add(change.field().apiName());
				oldValues.add(json.writeValueAsString(change.oldRaw()));
				newValues.add(json.writeValueAsString(change.newRaw()));
			}
		}
		for (int from = 0; from < jobs.size(); from += CHUNK) {
			int to = Math.min(jobs.size(), from + CHUNK);
			insert(caller, channel, at, jobs.subList(from, to), fields.subList(from, to), oldValues.subList(from, to),
					newValues.subList(from, to));
		}
	}

	void recordOne(Caller caller, Channel channel, Instant at, long jobId, String field, Object oldRaw, Object newRaw) {
		insert(caller, channel, at, List.of(jobId), List.of(field), List.of(json.writeValueAsString(oldRaw)),
				List.of(json.writeValueAsString(newRaw)));
	}

	/**
	 * One INSERT … SELECT over arrays per chunk: far fewer statements than one row each.
	 */
	private void insert(Caller caller, Channel channel, Instant at, List<Long> jobs, List<String> fields,
			List<String> oldValues, List<String> newValues) {
		jdbc.sql(
				"""
						INSERT INTO job_history (company_id, job_id, changed_at, staff_id, api_key_id, channel, field, old_value, new_value)
						SELECT :company, h.job_id, :at, :staff, :apiKey, :channel, h.field, CAST(h.old_value AS jsonb),
						       CAST(h.new_value AS jsonb)
						FROM unnest(CAST(:jobs AS bigint[]), CAST(:fields AS text[]), CAST(:olds AS text[]), CAST(:news AS text[]))
						     AS h(job_id, field, old_value, new_value)""")
			.param("company", caller.companyId())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("staff", caller.staffId(), Types.OTHER)
			.param("apiKey", caller.apiKeyId(), Types.BIGINT)
			.param("channel", channel.code())
			.param("jobs", jobs.toArray(Long[]::new))
			.param("fields", fields.toArray(String[]::new))
			.param("olds", oldValues.toArray(String[]::new))
			.param("news", newValues.toArray(String[]::new))
			.update();
	}

}
