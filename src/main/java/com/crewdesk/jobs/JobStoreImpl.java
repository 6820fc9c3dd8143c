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
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written SQL behind {@link JobRepository}: inserts, and UPDATEs that set only
 * the changed columns and are guarded by company and version
 * ({@code WHERE id = ? AND company_id = ? AND version = ?}).
 */
class JobStoreImpl implements JobStore {

	/** Jobs per set-based UPDATE statement. */
	private static final int CHUNK = 5_000;

	private final JdbcClient jdbc;

	private volatile Map<String, String> columnTypes;

	private final NamedParameterJdbcTemplate named;

	private final JobRowMapper rows;

	private final JsonMapper json;

	JobStoreImpl(JdbcClient jdbc, NamedParameterJdbcTemplate named, JobRowMapper rows, JsonMapper json) {
		this.jdbc = jdbc;
		this.named = named;
		this.rows = rows;
		this.json = json;
	}

	@Override
	public Optional<StoredJob> find(long companyId, UUID uuid) {
		return jdbc.sql("SELECT * FROM jobs WHERE company_id = :company AND uuid = :uuid")
			.param("company", companyId)
			.param("uuid", uuid)
			.query(rows)
			.optional();
	}

	@Override
	public Optional<StoredJob> findByNumber(long companyId, String jobNumber) {
		return jdbc.sql("SELECT * FROM jobs WHERE company_id = :company AND job_number = :number")
			.param("company", companyId)
			.param("number", jobNumber)
			.query(rows)
			.optional();
	}

	/**
	 * All of the company's jobs among the given uuids, in one query (other companies' ids
	 * are simply absent).
	 */
	@Override
	public Map<UUID, StoredJob> findAll(long companyId, Collection<UUID> uuids) {
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

	@Override
	public StoredJob insert(long companyId, JobValues values, UUID uuid, String jobNumber, UUID createdBy,
			String createdVia, Instant now) {
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
		columns.addAll(
				List.of("uuid", "company_id", "job_number", "created_by", "created_via", "created_at", "updated_at"));
		String sql = "INSERT INTO jobs (" + String.join(", ", columns) + ") VALUES ("
				+ columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")";
		named.update(sql, params);
		return find(companyId, uuid).orElseThrow();
	}

	/**
	 * Writes one job's changes; false when the version moved on meanwhile (nothing
	 * written then).
	 */
	@Override
	public boolean update(long companyId, PlannedUpdate update, Instant now) {
		return updateAll(companyId, List.of(update), now)[0] == 1;
	}

	/**
	 * Writes many jobs' changes: one set-based UPDATE per distinct set of changed columns
	 * and per {@link #CHUNK} jobs, joining the jobs to arrays of their new values (a JDBC
	 * batch of single-row UPDATEs costs twice as much per row on a large table). Each row
	 * is still guarded by its expected version. Returns the row count per update, in the
	 * order given (0 = stale version).
	 */
	@Override
	public int[] updateAll(long companyId, List<PlannedUpdate> updates, Instant now) {
		Map<List<String>, List<Integer>> byColumns = new LinkedHashMap<>();
		List<Map<String, Object>> values = new ArrayList<>();
		for (int i = 0; i < updates.size(); i++) {
			Map<String, Object> row = new LinkedHashMap<>();
			for (FieldChange change : updates.get(i).changes()) {
				row.putAll(JobColumns.bind(change.field(), change.newValue(), json));
			}
			values.add(row);
			byColumns.computeIfAbsent(List.copyOf(row.keySet()), key -> new ArrayList<>()).add(i);
		}
		int[] counts = new int[updates.size()];
		byColumns.forEach((columns, indexes) -> {
			for (int from = 0; from < indexes.size(); from += CHUNK) {
				List<Integer> chunk = indexes.subList(from, Math.min(indexes.size(), from + CHUNK));
				Set<Long> written = updateChunk(companyId, columns, chunk.stream().map(updates::get).toList(),
						chunk.stream().map(values::get).toList(), now);
				chunk.forEach(i -> counts[i] = written.contains(updates.get(i).jobId()) ? 1 : 0);
			}
		});
		return counts;
	}

	private Set<Long> updateChunk(long companyId, List<String> columns, List<PlannedUpdate> updates,
			List<Map<String, Object>> values, Instant now) {
		StringBuilder sql = new StringBuilder("UPDATE jobs j SET ");
		for (int c = 0; c < columns.size(); c++) {
			sql.append(columns.get(c))
				.append(" = CAST(v.c")
				.append(c)
				.append(" AS ")
				.append(columnTypes().get(columns.get(c)))
				.append("), ");
		}
		sql.append(
				"version = j.version + 1, updated_at = :now FROM unnest(CAST(:ids AS bigint[]), CAST(:versions AS bigint[])");
		for (int c = 0; c < columns.size(); c++) {
			sql.append(", CAST(:c").append(c).append(" AS text[])");
		}
		sql.append(") AS v(id, expected");
		for (int c = 0; c < columns.size(); c++) {
			sql.append(", c").append(c);
		}
		sql.append(") WHERE j.company_id = :company AND j.id = v.id AND j.version = v.expected RETURNING j.id");
		var statement = jdbc.sql(sql.toString())
			.param("company", companyId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("ids", updates.stream().map(PlannedUpdate::jobId).toArray(Long[]::new))
			.param("versions", updates.stream().map(PlannedUpdate::expectedVersion).toArray(Long[]::new));
		for (int c = 0; c < columns.size(); c++) {
			String column = columns.get(c);
			statement = statement.param("c" + c,
					values.stream().map(row -> asText(row.get(column))).toArray(String[]::new));
		}
		return Set.copyOf(statement.query(Long.class).list());
	}

	/**
	 * A value as PostgreSQL's text input for its column type (cast back in the
	 * statement).
	 */
	private static String asText(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
	}

	/** Column name → SQL type of the jobs table, read once from the catalog. */
	private Map<String, String> columnTypes() {
		Map<String, String> types = columnTypes;
		if (types == null) {
			types = jdbc.sql("""
					SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
					WHERE attrelid = 'jobs'::regclass AND attnum > 0 AND NOT attisdropped""")
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
				.list()
				.stream()
				.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
			columnTypes = types;
		}
		return types;
	}

	@Override
	public boolean markDeleted(long companyId, long jobId, long expectedVersion, UUID deletedBy, Instant now) {
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

	@Override
	public boolean markRestored(long companyId, long jobId, long expectedVersion, Instant now) {
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
