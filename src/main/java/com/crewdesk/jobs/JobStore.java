package com.crewdesk.jobs;

import com.crewdesk.patch.FieldChange;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobValues;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written SQL that writes jobs: inserts, and UPDATEs that set only the changed columns and are
 * guarded by company and version ({@code WHERE id = ? AND company_id = ? AND version = ?}).
 */
@Repository
class JobStore {

	/** One job's planned write in a batch: its changes against the version they were computed from. */
	record PlannedUpdate(long jobId, long expectedVersion, List<FieldChange> changes) {
	}

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate named;
	private final JobRowMapper rows;
	private final JsonMapper json;

	JobStore(JdbcClient jdbc, NamedParameterJdbcTemplate named, JobRowMapper rows, JsonMapper json) {
		this.jdbc = jdbc;
		this.named = named;
		this.rows = rows;
		this.json = json;
	}

	Optional<StoredJob> find(long companyId, UUID uuid) {
		return jdbc.sql("SELECT * FROM jobs WHERE company_id = :company AND uuid = :uuid")
			.param("company", companyId)
			.param("uuid", uuid)
			.query(rows)
			.optional();
	}

	Optional<StoredJob> findByNumber(long companyId, String jobNumber) {
		return jdbc.sql("SELECT * FROM jobs WHERE company_id = :company AND job_number = :number")
			.param("company", companyId)
			.param("number", jobNumber)
			.query(rows)
			.optional();
	}

	/** All of the company's jobs among the given uuids, in one query (other companies' ids are simply absent). */
	Map<UUID, StoredJob> findAll(long companyId, Collection<UUID> uuids) {
		if (uuids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT * FROM jobs WHERE company_id = :company AND uuid = ANY(CAST(:uuids AS uuid[]))")
			.param("company", companyId)
			.param("uuids", uuids.stream().map(UUID::toString).toArray(String[]::new))
			.query(rows)
			.list()
			.stream()
			.collect(Collectors.toMap(StoredJob::uuid, Function.identity()));
	}

	StoredJob insert(long companyId, JobValues values, UUID uuid, String jobNumber, UUID createdBy, String createdVia,
			Instant now) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		List<String> columns = new ArrayList<>();
		for (JobField field : JobField.values()) {
			if (field.category() == com.crewdesk.patch.FieldCategory.READ_ONLY) {
				continue;
			}
			JobColumns.bind(field, values.get(field), json).forEach((column, value) -> {
				columns.add(column);
				params.addValue(column, value);
			});
		}
		params.addValue("uuid", uuid)
			.addValue("company_id", companyId)
			.addValue("job_number", jobNumber)
			.addValue("created_by", createdBy)
			.addValue("created_via", createdVia)
			.addValue("created_at", now.atOffset(ZoneOffset.UTC))
			.addValue("updated_at", now.atOffset(ZoneOffset.UTC));
		columns.addAll(List.of("uuid", "company_id", "job_number", "created_by", "created_via", "created_at", "updated_at"));
		String sql = "INSERT INTO jobs (" + String.join(", ", columns) + ") VALUES ("
				+ columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")";
		named.update(sql, params);
		return find(companyId, uuid).orElseThrow();
	}

	/** Writes one job's changes; false when the version moved on meanwhile (nothing written then). */
	boolean update(long companyId, PlannedUpdate update, Instant now) {
		return updateAll(companyId, List.of(update), now)[0] == 1;
	}

	/**
	 * Writes many jobs' changes with one batched statement per distinct set of changed columns.
	 * Returns the row count per update, in the order given (0 = stale version).
	 */
	int[] updateAll(long companyId, List<PlannedUpdate> updates, Instant now) {
		Map<List<String>, List<Integer>> byColumns = new LinkedHashMap<>();
		List<MapSqlParameterSource> params = new ArrayList<>();
		for (int i = 0; i < updates.size(); i++) {
			PlannedUpdate update = updates.get(i);
			MapSqlParameterSource source = new MapSqlParameterSource().addValue("company", companyId)
				.addValue("id", update.jobId())
				.addValue("version", update.expectedVersion())
				.addValue("now", now.atOffset(ZoneOffset.UTC));
			for (FieldChange change : update.changes()) {
				JobColumns.bind(change.field(), change.newValue(), json).forEach(source::addValue);
			}
			params.add(source);
			List<String> columns = update.changes().stream().flatMap(c -> JobColumns.of(c.field()).stream()).toList();
			byColumns.computeIfAbsent(columns, key -> new ArrayList<>()).add(i);
		}
		int[] counts = new int[updates.size()];
		byColumns.forEach((columns, indexes) -> {
			String sql = "UPDATE jobs SET " + columns.stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "))
					+ (columns.isEmpty() ? "" : ", ")
					+ "version = version + 1, updated_at = :now WHERE id = :id AND company_id = :company AND version = :version";
			int[] written = named.batchUpdate(sql, indexes.stream().map(params::get).toArray(SqlParameterSource[]::new));
			for (int i = 0; i < indexes.size(); i++) {
				counts[indexes.get(i)] = written[i];
			}
		});
		return counts;
	}

	boolean markDeleted(long companyId, long jobId, long expectedVersion, UUID deletedBy, Instant now) {
		return jdbc.sql("""
				UPDATE jobs SET deleted_at = :now, deleted_by = :by, version = version + 1, updated_at = :now
				WHERE id = :id AND company_id = :company AND version = :version AND deleted_at IS NULL""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("by", deletedBy)
			.param("id", jobId)
			.param("company", companyId)
			.param("version", expectedVersion)
			.update() == 1;
	}

	boolean markRestored(long companyId, long jobId, long expectedVersion, Instant now) {
		return jdbc.sql("""
				UPDATE jobs SET deleted_at = NULL, deleted_by = NULL, version = version + 1, updated_at = :now
				WHERE id = :id AND company_id = :company AND version = :version AND deleted_at IS NOT NULL""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("id", jobId)
			.param("company", companyId)
			.param("version", expectedVersion)
			.update() == 1;
	}
}
