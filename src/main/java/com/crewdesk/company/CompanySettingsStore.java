package com.crewdesk.company;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL for a company's settings: general values, custom field definitions, checklist
 * steps, customer tags.
 */
@Repository
class CompanySettingsStore {

	/**
	 * Request attributes holding the general settings read in the request, per company.
	 */
	private static final String GENERAL_READ_IN_REQUEST = CompanySettingsStore.class.getName() + ".general.";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CompanySettingsStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	GeneralSettings general(long companyId) {
		return findGeneral(companyId).orElseThrow(() -> new IllegalStateException("no company " + companyId));
	}

	/**
	 * The company's name, time zone and whether workers edit their jobs, read at most
	 * once per request: a jobs page asked three times (the dates' zone, the workers'
	 * rights, the header's name). Outside a request every call reads; a change of the row
	 * in the request ({@link #updateGeneral}) is read again.
	 */
	Optional<GeneralSettings> findGeneral(long companyId) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = GENERAL_READ_IN_REQUEST + companyId;
		if (request != null
				&& request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof GeneralSettings read) {
			return Optional.of(read);
		}
		Optional<GeneralSettings> read = jdbc
			.sql("SELECT name, time_zone, workers_edit_job FROM companies WHERE id = :company")
			.param("company", companyId)
			.query((rs, n) -> new GeneralSettings(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.optional();
		if (request != null && read.isPresent()) {
			request.setAttribute(key, read.get(), RequestAttributes.SCOPE_REQUEST);
		}
		return read;
	}

	/**
	 * What the patch engine judges by, in ONE statement (every write asks for it):
	 * whether workers edit their jobs, and the live checklist step keys, customer tags
	 * and custom fields of jobs and customers, each in its order.
	 */
	EngineRules engineRules(long companyId) {
		return jdbc.sql("""
				SELECT c.workers_edit_job,
				       ARRAY(SELECT step_key FROM checklist_steps
				             WHERE company_id = c.id AND retired_at IS NULL ORDER BY position, id) AS steps,
				       ARRAY(SELECT label FROM customer_tags
				             WHERE company_id = c.id AND retired_at IS NULL ORDER BY position, id) AS tags,
				       (SELECT coalesce(json_agg(json_build_object('id', id, 'entity', entity, 'key', field_key,
				                 'label', label, 'type', field_type, 'options', options, 'required', required,
				                 'position', position) ORDER BY entity, position, id), '[]')
				        FROM custom_field_definitions WHERE company_id = c.id AND retired_at IS NULL) AS fields
				FROM companies c WHERE c.id = :company""")
			.param("company", companyId)
			.query((rs, n) -> new EngineRules(rs.getBoolean(1), strings(rs.getArray(2)), strings(rs.getArray(3)),
					json.readValue(rs.getString(4), LIVE_FIELDS).stream().map(LiveField::definition).toList()))
			.single();
	}

	/** The live rules: see {@link #engineRules}. */
	record EngineRules(boolean workersEditJob, List<String> stepKeys, List<String> tags, List<FieldDefinition> fields) {
	}

	/** A live custom field as {@link #engineRules} reads it. */
	private record LiveField(long id, FieldEntity entity, String key, String label, String type, List<String> options,
			boolean required, int position) {

		FieldDefinition definition() {
			return new FieldDefinition(id, entity, key, label, type, options == null ? List.of() : options, required,
					position, null);
		}

	}

	private static final TypeReference<List<LiveField>> LIVE_FIELDS = new TypeReference<>() {
	};

	void updateGeneral(long companyId, GeneralSettings settings) {
		jdbc.sql(
				"UPDATE companies SET name = :name, time_zone = :zone, workers_edit_job = :workers WHERE id = :company")
			.param("name", settings.name())
			.param("zone", settings.timeZone())
			.param("workers", settings.workersEditJob())
			.param("company", companyId)
			.update();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(GENERAL_READ_IN_REQUEST + companyId, RequestAttributes.SCOPE_REQUEST);
		}
	}

	List<FieldDefinition> fields(long companyId, FieldEntity entity, boolean includeRetired) {
		return jdbc.sql("""
				SELECT id, entity, field_key, label, field_type, options, required, position, retired_at
				FROM custom_field_definitions
				WHERE company_id = :company AND entity = :entity AND (:all OR retired_at IS NULL)
				ORDER BY position, id""")
			.param("company", companyId)
			.param("entity", entity.name())
			.param("all", includeRetired)
			.query(CompanySettingsStore::field)
			.list();
	}

	Optional<FieldDefinition> field(long companyId, long id) {
		return jdbc.sql("""
				SELECT id, entity, field_key, label, field_type, options, required, position, retired_at
				FROM custom_field_definitions WHERE company_id = :company AND id = :id""")
			.param("company", companyId)
			.param("id", id)
			.query(CompanySettingsStore::field)
			.optional();
	}

	boolean fieldKeyTaken(long companyId, FieldEntity entity, String key) {
		return jdbc
			.sql("SELECT count(*) FROM custom_field_definitions WHERE company_id = :company AND entity = :entity "
					+ "AND lower(field_key) = lower(:key)")
			.param("company", companyId)
			.param("entity", entity.name())
			.param("key", key)
			.query(Long.class)
			.single() > 0;
	}

	void insertField(long companyId, FieldEntity entity, String key, String label, String type, List<String> options,
			boolean required) {
		jdbc.sql(
				"""
						INSERT INTO custom_field_definitions (company_id, entity, position, field_key, label, field_type, options, required)
						VALUES (:company, :entity,
						        (SELECT coalesce(max(position) + 1, 0) FROM custom_field_definitions
						         WHERE company_id = :company AND entity = :entity),
						        :key, :label, :type, CAST(:options AS text[]), :required)""")
			.param("company", companyId)
			.param("entity", entity.name())
			.param("key", key)
			.param("label", label)
			.param("type", type)
			.param("options", options.toArray(String[]::new))
			.param("required", required)
			.update();
	}

	void updateField(long companyId, long id, String label, List<String> options, boolean required) {
		jdbc.sql(
				"UPDATE custom_field_definitions SET label = :label, options = CAST(:options AS text[]), required = :required "
						+ "WHERE company_id = :company AND id = :id")
			.param("label", label)
			.param("options", options.toArray(String[]::new))
			.param("required", required)
			.param("company", companyId)
			.param("id", id)
			.update();
	}

	void retire(String table, long companyId, long id, boolean retired) {
		jdbc.sql("UPDATE " + table(table) + " SET retired_at = CASE WHEN :retired THEN now() END "
				+ "WHERE company_id = :company AND id = :id")
			.param("retired", retired)
			.param("company", companyId)
			.param("id", id)
			.update();
	}

	void setPosition(String table, long companyId, long id, int position) {
		jdbc.sql("UPDATE " + table(table) + " SET position = :position WHERE company_id = :company AND id = :id")
			.param("position", position)
			.param("company", companyId)
			.param("id", id)
			.update();
	}

	/** Swaps the positions of two rows of the same table and company. */
	void swapPositions(String table, long companyId, long first, long second) {
		jdbc.sql("UPDATE " + table(table) + " t SET position = o.position FROM " + table(table) + " o "
				+ "WHERE t.company_id = :company AND o.company_id = :company "
				+ "AND ((t.id = :a AND o.id = :b) OR (t.id = :b AND o.id = :a))")
			.param("company", companyId)
			.param("a", first)
			.param("b", second)
			.update();
	}

	List<NamedItem> steps(long companyId, boolean includeRetired) {
		return jdbc
			.sql("SELECT id, step_key, label, position, retired_at FROM checklist_steps "
					+ "WHERE company_id = :company AND (:all OR retired_at IS NULL) ORDER BY position, id")
			.param("company", companyId)
			.param("all", includeRetired)
			.query(CompanySettingsStore::item)
			.list();
	}

	boolean stepKeyTaken(long companyId, String key) {
		return jdbc
			.sql("SELECT count(*) FROM checklist_steps WHERE company_id = :company AND lower(step_key) = lower(:key)")
			.param("company", companyId)
			.param("key", key)
			.query(Long.class)
			.single() > 0;
	}

	void insertStep(long companyId, String key, String label) {
		jdbc.sql(
				"""
						INSERT INTO checklist_steps (company_id, position, step_key, label)
						VALUES (:company, (SELECT coalesce(max(position) + 1, 0) FROM checklist_steps WHERE company_id = :company),
						        :key, :label)""")
			.param("company", companyId)
			.param("key", key)
			.param("label", label)
			.update();
	}

	void relabel(String table, long companyId, long id, String label) {
		jdbc.sql("UPDATE " + table(table) + " SET label = :label WHERE company_id = :company AND id = :id")
			.param("label", label)
			.param("company", companyId)
			.param("id", id)
			.update();
	}

	List<NamedItem> tags(long companyId, boolean includeRetired) {
		return jdbc
			.sql("SELECT id, label AS step_key, label, position, retired_at FROM customer_tags "
					+ "WHERE company_id = :company AND (:all OR retired_at IS NULL) ORDER BY position, id")
			.param("company", companyId)
			.param("all", includeRetired)
			.query(CompanySettingsStore::item)
			.list();
	}

	boolean tagTaken(long companyId, String label, long exceptId) {
		return jdbc
			.sql("SELECT count(*) FROM customer_tags WHERE company_id = :company AND lower(label) = lower(:label) "
					+ "AND id <> :except")
			.param("company", companyId)
			.param("label", label)
			.param("except", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	void insertTag(long companyId, String label) {
		jdbc.sql(
				"""
						INSERT INTO customer_tags (company_id, position, label)
						VALUES (:company, (SELECT coalesce(max(position) + 1, 0) FROM customer_tags WHERE company_id = :company),
						        :label)""")
			.param("company", companyId)
			.param("label", label)
			.update();
	}

	/**
	 * A renamed tag is renamed on the company's customers too (customers.tags holds
	 * labels). Each customer changed gets a new version and a history entry for its tags,
	 * as any other change of a customer does (P15, P17), in one statement.
	 */
	void renameTagOnCustomers(long companyId, UUID admin, String oldLabel, String newLabel) {
		jdbc.sql("""
				WITH before AS (
				  SELECT id, tags FROM customers
				  WHERE company_id = :company AND CAST(:old AS text) = ANY(tags)
				  FOR UPDATE
				), renamed AS (
				  UPDATE customers c
				  SET tags = array_replace(c.tags, CAST(:old AS text), CAST(:new AS text)),
				      version = c.version + 1, updated_at = now()
				  FROM before b
				  WHERE c.company_id = :company AND c.id = b.id
				  RETURNING c.id, b.tags AS old_tags, c.tags AS new_tags
				)
				INSERT INTO customer_history (company_id, customer_id, staff_id, channel, field, old_value, new_value)
				SELECT :company, id, :admin, 'ui', 'tags', to_jsonb(old_tags), to_jsonb(new_tags) FROM renamed""")
			.param("old", oldLabel)
			.param("new", newLabel)
			.param("company", companyId)
			.param("admin", admin, Types.OTHER)
			.update();
	}

	private static String table(String table) {
		return switch (table) {
			case "custom_field_definitions", "checklist_steps", "customer_tags" -> table;
			default -> throw new IllegalArgumentException(table);
		};
	}

	private static FieldDefinition field(ResultSet rs, int row) throws SQLException {
		Array options = rs.getArray("options");
		return new FieldDefinition(rs.getLong("id"), FieldEntity.valueOf(rs.getString("entity")),
				rs.getString("field_key"), rs.getString("label"), rs.getString("field_type"),
				options == null ? List.of() : Arrays.asList((String[]) options.getArray()), rs.getBoolean("required"),
				rs.getInt("position"), instant(rs.getTimestamp("retired_at")));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static NamedItem item(ResultSet rs, int row) throws SQLException {
		return new NamedItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
				instant(rs.getTimestamp(5)));
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
