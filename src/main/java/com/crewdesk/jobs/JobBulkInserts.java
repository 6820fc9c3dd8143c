package com.crewdesk.jobs;

import com.crewdesk.patch.FieldCategory;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobValues;
import com.crewdesk.security.Caller;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many new jobs at once (imports): numbers reserved as one block, the rows inserted with
 * JDBC batches, and one history row per job ({@code created_via}) written by one INSERT …
 * SELECT. No notifications: imports never notify.
 */
@Repository
public class JobBulkInserts {

	private final NamedParameterJdbcTemplate named;

	private final JdbcClient jdbc;

	private final JobNumberSequence numbers;

	private final JsonMapper json;

	JobBulkInserts(NamedParameterJdbcTemplate named, JdbcClient jdbc, JobNumberSequence numbers, JsonMapper json) {
		this.named = named;
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.json = json;
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
						SELECT company_id, id, :at, :staff, :apiKey, :channel, 'created_via', to_jsonb(CAST(:channel AS text))
						FROM jobs WHERE company_id = :company AND uuid = ANY(:uuids)""")
			.param("at", now.atOffset(ZoneOffset.UTC))
			.param("staff", caller.staffId(), Types.OTHER)
			.param("apiKey", caller.apiKeyId(), Types.BIGINT)
			.param("channel", channel.code())
			.param("company", caller.companyId())
			.param("uuids", jobs.keySet().toArray(UUID[]::new))
			.update();
	}

}
