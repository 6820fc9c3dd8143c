package com.crewdesk.jobs;

import com.crewdesk.customers.CustomerStore;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many jobs at once (imports): the company's jobs found by the external id an import gave
 * them (one indexed query per chunk), and new jobs inserted with numbers reserved as one
 * block, the rows in JDBC batches, and one {@link JobHistoryWriter#CREATED} history row
 * per job written by one INSERT … SELECT. No notifications: imports never notify. Updates
 * go through {@link JobBatchService#writeJudged}.
 */
@Repository
public class JobBulkWrites {

	private static final String EXTERNAL_ID = "external_id";

	private final NamedParameterJdbcTemplate named;

	private final JdbcClient jdbc;

	private final JobNumberSequence numbers;

	private final JsonMapper json;

	private final JobRowMapper rowMapper;

	JobBulkWrites(NamedParameterJdbcTemplate named, JdbcClient jdbc, JobNumberSequence numbers, JsonMapper json,
			JobRowMapper rowMapper) {
		this.named = named;
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

	/** Inserts the jobs (uuid → values, as the engine accepted them) in their order. */
	public void insertAll(Caller caller, Map<UUID, JobValues> jobs, Channel channel, Instant now) {
		if (jobs.isEmpty()) {
			return;
		}
		long number = numbers.reserve(caller.companyId(), jobs.size());
		List<MapSqlParameterSource> rows = new ArrayList<>(jobs.size());
		for (Map.Entry<UUID, JobValues> job : jobs.entrySet()) {
			MapSqlParameterSource row = new MapSqlParameterSource();
			for (JobField field : JobField.values()) {
				if (field.category() != FieldCategory.READ_ONLY) {
					JobColumns.bind(field, job.getValue().get(field), json).forEach(row::addValue);
				}
			}
			row.addValue("uuid", job.getKey())
				.addValue("company_id", caller.companyId())
				.addValue("job_number", JobNumberSequence.format(number++))
				.addValue("created_by", caller.staffId(), Types.OTHER)
				.addValue("created_via", channel.code())
				.addValue("created_at", now.atOffset(ZoneOffset.UTC))
				.addValue("updated_at", now.atOffset(ZoneOffset.UTC));
			rows.add(row);
		}
		String columns = String.join(", ", rows.get(0).getParameterNames());
		named.batchUpdate("INSERT INTO jobs (" + columns + ") VALUES (:" + columns.replace(", ", ", :") + ")",
				rows.toArray(MapSqlParameterSource[]::new));
		jdbc.sql(
				"""
						INSERT INTO job_history (company_id, job_id, changed_at, staff_id, api_key_id, channel, field, new_value)
						SELECT company_id, id, :at, :staff, :apiKey, :channel, :created, NULL
						FROM jobs WHERE company_id = :company AND uuid = ANY(:uuids)""")
			.param("at", now.atOffset(ZoneOffset.UTC))
			.param("staff", caller.staffId(), Types.OTHER)
			.param("apiKey", caller.apiKeyId(), Types.BIGINT)
			.param("channel", channel.code())
			.param("created", JobHistoryWriter.CREATED)
			.param("company", caller.companyId())
			.param("uuids", jobs.keySet().toArray(UUID[]::new))
			.update();
	}

}
