package com.crewdesk.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The imports, their stored files, row errors and saved mappings. Every query is scoped
 * by company, except the background claims, which look at the state only.
 */
@Repository
class ImportStore {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final TypeReference<List<Map<String, String>>> ROWS = new TypeReference<>() {
	};

	private static final String STATUS_COLUMNS = """
			id, kind, file_name, encoding, delimiter, headers, total, mapping, state, done, new_rows, updated_rows,
			unchanged_rows, error_rows, valid_only, auto_import, summary, preview, created_at, finished_at""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final JsonMapper json;

	ImportStore(JdbcClient jdbc, NamedParameterJdbcTemplate named, JsonMapper json) {
		this.jdbc = jdbc;
		this.named = named;
		this.json = json;
	}

	/** Who asked for an import: a staff member or an API key. */
	record Owner(long companyId, UUID staffId, Long apiKeyId) {
	}

	void insert(UUID id, Owner owner, ImportKind kind, String fileName, byte[] file, CsvLayout layout,
			List<String> headers, int total, ImportMapping mapping) {
		jdbc.sql("""
				INSERT INTO imports (id, company_id, created_by, api_key_id, kind, file_name, file, encoding, delimiter,
				  headers, total, mapping, state)
				VALUES (:id, :company, :by, :key, :kind, :name, :file, :encoding, :delimiter, CAST(:headers AS jsonb),
				  :total, CAST(:mapping AS jsonb), 'MAPPING')""")
			.param("id", id)
			.param("company", owner.companyId())
			.param("by", owner.staffId(), Types.OTHER)
			.param("key", owner.apiKeyId(), Types.BIGINT)
			.param("kind", kind.code())
			.param("name", fileName)
			.param("file", file)
			.param("encoding", layout.encoding())
			.param("delimiter", String.valueOf(layout.delimiter()))
			.param("headers", json.writeValueAsString(headers))
			.param("total", total)
			.param("mapping", json.writeValueAsString(mapping))
			.update();
	}

	Optional<ImportStatus> find(long companyId, UUID id) {
		return jdbc.sql("SELECT " + STATUS_COLUMNS + " FROM imports WHERE company_id = :company AND id = :id")
			.param("company", companyId)
			.param("id", id)
			.query((rs, row) -> status(rs))
			.optional();
	}

	/** The owner of an import, for the background work. */
	Owner owner(UUID id) {
		return jdbc.sql("SELECT company_id, created_by, api_key_id FROM imports WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new Owner(rs.getLong("company_id"), rs.getObject("created_by", UUID.class),
					(Long) rs.getObject("api_key_id")))
			.single();
	}

	byte[] file(long companyId, UUID id) {
		return jdbc.sql("SELECT file FROM imports WHERE company_id = :company AND id = :id")
			.param("company", companyId)
			.param("id", id)
			.query(byte[].class)
			.single();
	}

	/**
	 * Asks for a validation with this mapping; false when the import is running or done.
	 */
	boolean requestValidation(long companyId, UUID id, ImportMapping mapping, boolean autoImport, boolean validOnly) {
		return jdbc.sql("""
				UPDATE imports SET mapping = CAST(:mapping AS jsonb), state = 'VALIDATING', owner_instance = NULL,
				  auto_import = :auto, valid_only = :validOnly,
				  done = 0, new_rows = 0, updated_rows = 0, unchanged_rows = 0, error_rows = 0, summary = NULL,
				  preview = NULL, updated_at = now(), finished_at = NULL
				WHERE company_id = :company AND id = :id AND state IN ('MAPPING', 'VALIDATED', 'FAILED')""")
			.param("mapping", json.writeValueAsString(mapping))
			.param("auto", autoImport)
			.param("validOnly", validOnly)
			.param("company", companyId)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Asks for the import of a validated file; false unless it is validated and either
	 * clean or the valid rows only are asked for.
	 */
	boolean requestImport(long companyId, UUID id, boolean validOnly) {
		return jdbc.sql("""
				UPDATE imports SET state = 'IMPORTING', valid_only = :validOnly, owner_instance = NULL, done = 0,
				  updated_at = now()
				WHERE company_id = :company AND id = :id AND state = 'VALIDATED' AND (error_rows = 0 OR :validOnly)
				  AND new_rows + updated_rows > 0""")
			.param("validOnly", validOnly)
			.param("company", companyId)
			.param("id", id)
			.update() == 1;
	}

	/** Takes the oldest waiting work; another instance skips the locked row. */
	Optional<UUID> claim(String instance) {
		return jdbc.sql("""
				UPDATE imports SET owner_instance = :me, heartbeat_at = now()
				WHERE id = (SELECT id FROM imports WHERE state IN ('VALIDATING', 'IMPORTING') AND owner_instance IS NULL
				            ORDER BY updated_at LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING id""").param("me", instance).query(UUID.class).optional();
	}

	/**
	 * Inside the import's transaction: locks the import and tells whether this instance
	 * still runs it (not failed as an orphan meanwhile).
	 */
	boolean stillRuns(UUID id, String instance) {
		return jdbc.sql("SELECT owner_instance = :me AND state = 'IMPORTING' FROM imports WHERE id = :id FOR UPDATE")
			.param("me", instance)
			.param("id", id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void beat(String instance) {
		jdbc.sql("""
				UPDATE imports SET heartbeat_at = now()
				WHERE owner_instance = :me AND state IN ('VALIDATING', 'IMPORTING')""").param("me", instance).update();
	}

	/** Fails work whose owner stopped beating: its transaction died with it. */
	int failOrphans(Duration timeout) {
		return jdbc
			.sql("""
					UPDATE imports SET state = 'FAILED', finished_at = now(), updated_at = now(),
					  summary = 'Interrupted: the instance running it (' || owner_instance || ') stopped; nothing was applied'
					WHERE state IN ('VALIDATING', 'IMPORTING') AND owner_instance IS NOT NULL
					  AND heartbeat_at < now() - CAST(:timeout AS interval)""")
			.param("timeout", timeout.toMillis() + " milliseconds")
			.update();
	}

	void progress(UUID id, int done) {
		jdbc.sql("UPDATE imports SET done = :done, updated_at = now() WHERE id = :id")
			.param("done", done)
			.param("id", id)
			.update();
	}

	/** Ends a validation or an import with its counts and summary. */
	void finish(UUID id, String state, RowCounts counts, String summary, List<Map<String, String>> preview) {
		jdbc.sql("""
				UPDATE imports SET state = :state, done = :done, new_rows = :created, updated_rows = :updated,
				  unchanged_rows = :unchanged, error_rows = :errors, summary = :summary,
				  preview = coalesce(CAST(:preview AS jsonb), preview), updated_at = now(),
				  finished_at = CASE WHEN :state IN ('SUCCEEDED', 'FAILED') THEN now() END
				WHERE id = :id""")
			.param("state", state)
			.param("done", counts.rows())
			.param("created", counts.created())
			.param("updated", counts.updated())
			.param("unchanged", counts.unchanged())
			.param("errors", counts.errors())
			.param("summary", summary)
			.param("preview", preview == null ? null : json.writeValueAsString(preview))
			.param("id", id)
			.update();
	}

	void fail(UUID id, String summary) {
		jdbc.sql("""
				UPDATE imports SET state = 'FAILED', summary = :summary, updated_at = now(), finished_at = now()
				WHERE id = :id""").param("summary", summary).param("id", id).update();
	}

	void clearErrors(UUID id) {
		jdbc.sql("DELETE FROM import_errors WHERE import_id = :id").param("id", id).update();
	}

	void addErrors(long companyId, UUID id, List<RowProblem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		named.batchUpdate("""
				INSERT INTO import_errors (import_id, company_id, row_number, column_name, message)
				VALUES (:id, :company, :row, :column, :message)""",
				problems.stream()
					.map(problem -> new MapSqlParameterSource().addValue("id", id)
						.addValue("company", companyId)
						.addValue("row", problem.row())
						.addValue("column", truncate(problem.column(), 255))
						.addValue("message", truncate(problem.message(), 500)))
					.toArray(MapSqlParameterSource[]::new));
	}

	List<RowProblem> errors(long companyId, UUID id, int limit) {
		return jdbc.sql("""
				SELECT row_number, column_name, message FROM import_errors
				WHERE company_id = :company AND import_id = :id ORDER BY row_number LIMIT :limit""")
			.param("company", companyId)
			.param("id", id)
			.param("limit", limit)
			.query((rs, row) -> new RowProblem(rs.getInt("row_number"), rs.getString("column_name"),
					rs.getString("message")))
			.list();
	}

	/** Every bad row's messages joined ("column: message; …"), by row number. */
	Map<Integer, String> errorsByRow(long companyId, UUID id) {
		Map<Integer, String> rows = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT row_number, string_agg(column_name || ': ' || message, '; ' ORDER BY column_name) AS messages
				FROM import_errors WHERE company_id = :company AND import_id = :id
				GROUP BY row_number ORDER BY row_number""").param("company", companyId).param("id", id).query(rs -> {
			rows.put(rs.getInt("row_number"), rs.getString("messages"));
		});
		return rows;
	}

	void saveMapping(long companyId, ImportKind kind, String name, ImportMapping mapping) {
		jdbc.sql("""
				INSERT INTO import_mappings (company_id, kind, name, mapping) VALUES (:company, :kind, :name,
				  CAST(:mapping AS jsonb))
				ON CONFLICT (company_id, kind, name) DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()""")
			.param("company", companyId)
			.param("kind", kind.code())
			.param("name", name)
			.param("mapping", json.writeValueAsString(mapping))
			.update();
	}

	/** Saved mappings by name. */
	Map<String, ImportMapping> mappings(long companyId, ImportKind kind) {
		Map<String, ImportMapping> mappings = new LinkedHashMap<>();
		jdbc.sql("SELECT name, mapping FROM import_mappings WHERE company_id = :company AND kind = :kind ORDER BY name")
			.param("company", companyId)
			.param("kind", kind.code())
			.query(rs -> {
				mappings.put(rs.getString("name"), json.readValue(rs.getString("mapping"), ImportMapping.class));
			});
		return mappings;
	}

	private ImportStatus status(ResultSet rs) throws SQLException {
		String preview = rs.getString("preview");
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new ImportStatus(rs.getObject("id", UUID.class), ImportKind.of(rs.getString("kind")).orElseThrow(),
				rs.getString("file_name"), rs.getString("encoding"), rs.getString("delimiter").charAt(0),
				json.readValue(rs.getString("headers"), STRINGS), rs.getInt("total"),
				json.readValue(rs.getString("mapping"), ImportMapping.class), rs.getString("state"), rs.getInt("done"),
				rs.getInt("new_rows"), rs.getInt("updated_rows"), rs.getInt("unchanged_rows"), rs.getInt("error_rows"),
				rs.getBoolean("valid_only"), rs.getBoolean("auto_import"), rs.getString("summary"),
				preview == null ? List.of() : json.readValue(preview, ROWS),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant());
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
