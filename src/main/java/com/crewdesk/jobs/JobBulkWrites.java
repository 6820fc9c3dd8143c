package com.crewdesk.jobs;

import com.crewdesk.customers.CustomerStore;
import com.crewdesk.database.JsonRows;
import com.crewdesk.patch.FieldCategory;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobValues;
import com.crewdesk.security.Caller;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many jobs at once (imports): the company's jobs found by the external id an import gave
 * them (one indexed query per chunk), and new jobs inserted with numbers reserved as one
 * block and one {@link JobHistoryWriter#CREATED} history row per job, all by one
 * statement per chunk. No notifications: imports never notify. Updates go through
 * {@link JobBatchService#writeJudged}.
 */
@Repository
public class JobBulkWrites {

	private static final String EXTERNAL_ID = "external_id";

	private static final Set<String> JSONB_COLUMNS = Set.of("custom_fields", "external_data", "milestones");

	private final JdbcClient jdbc;

	private final JobNumberSequence numbers;

	private final JsonMapper json;

	private final JobRowMapper rowMapper;

	JobBulkWrites(JdbcClient jdbc, JobNumberSequence numbers, JsonMapper json, JobRowMapper rowMapper) {
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.json = json;
		this.rowMapper = rowMapper;
	}

	/**
	 * The company's live jobs among those an import gave one of these external ids (the
	 * external data of {@link CustomerStore#IMPORT_APPLICATION}), by that id; one query
	 * on {@code jobs_import_external_id_idx} (V19).
	 */
	public Map<String, StoredJob> findByImportIds(long companyId, Collection<String> externalIds) {
		Map<String, StoredJob> found = new HashMap<>();
		if (externalIds.isEmpty()) {
			return found;
		}
		jdbc.sql("SELECT * FROM jobs WHERE company_id = :company AND (external_data -> '"
				+ CustomerStore.IMPORT_APPLICATION + "' ->> 'external_id') = ANY(:ids) AND deleted_at IS NULL")
			.param("company", companyId)
			.param("ids", externalIds.toArray(String[]::new))
			.query(rowMapper)
			.list()
			.forEach(job -> found
				.put(job.values().externalData().get(CustomerStore.IMPORT_APPLICATION).get(EXTERNAL_ID), job));
		return found;
	}

	/**
	 * Inserts the jobs (uuid → values, as the engine accepted them) in their order, with
	 * their {@link JobHistoryWriter#CREATED} history rows: ONE statement for all of them
	 * (the rows as one JSON parameter, see {@link JsonRows}), so the table's
	 * statement-level count trigger (V20) fires once and not once per job.
	 */
	public void insertAll(Caller caller, Map<UUID, JobValues> jobs, Channel channel, Instant now) {
		if (jobs.isEmpty()) {
			return;
		}
		long number = numbers.reserve(caller.companyId(), jobs.size());
		List<Map<String, Object>> rows = new ArrayList<>(jobs.size());
		for (Map.Entry<UUID, JobValues> job : jobs.entrySet()) {
			Map<String, Object> row = new LinkedHashMap<>();
			for (JobField field : JobField.values()) {
				if (field.category() != FieldCategory.READ_ONLY) {
					row.putAll(JobColumns.bind(field, job.getValue().get(field), json));
				}
			}
			row.put("uuid", job.getKey());
			row.put("company_id", caller.companyId());
			row.put("job_number", JobNumberSequence.format(number++));
			row.put("created_by", caller.staffId());
			row.put("created_via", channel.code());
			row.put("created_at", now.atOffset(ZoneOffset.UTC));
			row.put("updated_at", now.atOffset(ZoneOffset.UTC));
			rows.add(row);
		}
		String columns = String.join(", ", rows.get(0).keySet());
		jdbc.sql(
				"""
						WITH inserted AS (
						  INSERT INTO jobs (%s)
						  SELECT %s FROM jsonb_populate_recordset(NULL::jobs, CAST(:rows AS jsonb))
						  RETURNING company_id, id)
						INSERT INTO job_history (company_id, job_id, changed_at, staff_id, api_key_id, channel, field, new_value)
						SELECT company_id, id, :at, :staff, :apiKey, :channel, :created, NULL FROM inserted"""
					.formatted(columns, columns))
			.param("rows", JsonRows.of(rows, JSONB_COLUMNS, json))
			.param("at", now.atOffset(ZoneOffset.UTC))
			.param("staff", caller.staffId(), Types.OTHER)
			.param("apiKey", caller.apiKeyId(), Types.BIGINT)
			.param("channel", channel.code())
			.param("created", JobHistoryWriter.CREATED)
			.update();
	}

}
