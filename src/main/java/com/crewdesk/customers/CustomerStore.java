package com.crewdesk.customers;

import com.crewdesk.database.JsonRows;
import com.crewdesk.patch.Address;
import com.crewdesk.patch.CustomFieldValue;
import com.crewdesk.patch.CustomerField;
import com.crewdesk.patch.CustomerFieldChange;
import com.crewdesk.patch.CustomerType;
import com.crewdesk.patch.CustomerValues;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads customers into the customer engine's typed values and writes only changed
 * columns, version-guarded.
 */
@Repository
public class CustomerStore {

	/** A customer as stored: its values and version. */
	public record StoredCustomer(UUID id, long version, CustomerValues values) {

		public boolean isDeleted() {
			return values.get(CustomerField.DELETED_AT) != null;
		}

		public String etag() {
			return "\"" + version + "\"";
		}
	}

	private static final TypeReference<List<Map<String, String>>> LIST_OF_PAIRS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Map<String, String>>> NESTED = new TypeReference<>() {
	};

	private static final List<String> ADDRESS_COLUMNS = List.of("street", "unit", "city", "state", "zip", "country",
			"latitude", "longitude");

	private static final Set<String> JSONB_COLUMNS = Set.of("custom_fields", "external_data");

	private static final List<CustomerField> WRITABLE = Arrays.stream(CustomerField.values())
		.filter(field -> field.category() == com.crewdesk.patch.FieldCategory.WRITABLE)
		.toList();

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final JsonMapper json;

	CustomerStore(JdbcClient jdbc, NamedParameterJdbcTemplate named, JsonMapper json) {
		this.jdbc = jdbc;
		this.named = named;
		this.json = json;
	}

	public Optional<StoredCustomer> find(long companyId, UUID id) {
		return jdbc.sql("SELECT * FROM customers WHERE company_id = :company AND id = :id")
			.param("company", companyId)
			.param("id", id)
			.query((rs, row) -> new StoredCustomer(rs.getObject("id", UUID.class), rs.getLong("version"), values(rs)))
			.optional();
	}

	/**
	 * Inserts a new customer with every writable value; version 0, created through
	 * {@code createdVia}.
	 */
	public void insert(long companyId, UUID id, CustomerValues values, Instant now, String createdVia) {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("id", id);
		columns.put("company_id", companyId);
		for (CustomerField field : WRITABLE) {
			columns.putAll(bind(field, values.get(field)));
		}
		columns.put("created_at", now.atOffset(ZoneOffset.UTC));
		columns.put("updated_at", now.atOffset(ZoneOffset.UTC));
		columns.put("created_via", createdVia);
		named.update(
				"INSERT INTO customers (" + String.join(", ", columns.keySet()) + ") VALUES ("
						+ columns.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", ")) + ")",
				new MapSqlParameterSource(columns));
	}

	/**
	 * The application under which imports keep a row's {@code external_id} (external
	 * data, P9); indexed, see V19.
	 */
	public static final String IMPORT_APPLICATION = "6d1e3b52-4c1f-4c2e-9a57-1b0e2f5a7c31";

	/**
	 * Inserts many new customers (imports) with ONE statement, the rows as one JSON
	 * parameter (see {@link JsonRows}); version 0, created through {@code createdVia}.
	 */
	public void insertAll(long companyId, Map<UUID, CustomerValues> customers, Instant now, String createdVia) {
		if (customers.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>(customers.size());
		customers.forEach((id, values) -> {
			Map<String, Object> columns = new LinkedHashMap<>();
			columns.put("id", id);
			columns.put("company_id", companyId);
			for (CustomerField field : WRITABLE) {
				columns.putAll(bind(field, values.get(field)));
			}
			columns.put("created_at", now.atOffset(ZoneOffset.UTC));
			columns.put("updated_at", now.atOffset(ZoneOffset.UTC));
			columns.put("created_via", createdVia);
			rows.add(columns);
		});
		String names = String.join(", ", rows.get(0).keySet());
		jdbc.sql("INSERT INTO customers (" + names + ") SELECT " + names
				+ " FROM jsonb_populate_recordset(NULL::customers, CAST(:rows AS jsonb))")
			.param("rows", JsonRows.of(rows, JSONB_COLUMNS, json))
			.update();
	}

	/**
	 * Live customers of the company by the external id an import gave them (one query).
	 */
	public Map<String, StoredCustomer> findByImportIds(long companyId, Collection<String> externalIds) {
		Map<String, StoredCustomer> found = new HashMap<>();
		if (externalIds.isEmpty()) {
			return found;
		}
		jdbc.sql("SELECT * FROM customers WHERE company_id = :company AND deleted_at IS NULL AND (external_data -> '"
				+ IMPORT_APPLICATION + "' ->> 'external_id') = ANY(:ids)")
			.param("company", companyId)
			.param("ids", externalIds.toArray(String[]::new))
			.query((rs, row) -> new StoredCustomer(rs.getObject("id", UUID.class), rs.getLong("version"), values(rs)))
			.list()
			.forEach(customer -> found.put(customer.values().externalData().get(IMPORT_APPLICATION).get("external_id"),
					customer));
		return found;
	}

	/**
	 * How job rows may name a customer, and whether it may be referenced: what an import
	 * needs of the customers it matches, without reading whole customers.
	 */
	public record CustomerKeys(UUID id, String externalId, String email, String companyName, String firstName,
			String lastName, boolean active, boolean doNotService) {
	}

	/**
	 * The keys of the company's live customers whose import external id, e-mail (any
	 * case) or exact name (company name, or first and last name) is among the given ones
	 * (one indexed query per kind of key given; imports).
	 */
	public List<CustomerKeys> findKeys(long companyId, Collection<String> externalIds, Collection<String> emails,
			Collection<String> names) {
		Map<UUID, CustomerKeys> found = new LinkedHashMap<>();
		String select = "SELECT id, external_data -> '" + IMPORT_APPLICATION
				+ "' ->> 'external_id' AS external_id, email, company_name, first_name, last_name, active,"
				+ " do_not_service FROM customers WHERE company_id = :company AND deleted_at IS NULL AND ";
		if (!externalIds.isEmpty()) {
			keys(select + "(external_data -> '" + IMPORT_APPLICATION + "' ->> 'external_id') = ANY(:keys)", companyId,
					externalIds.toArray(String[]::new), found);
		}
		if (!emails.isEmpty()) {
			keys(select + "lower(email) = ANY(:keys)", companyId,
					emails.stream().map(email -> email.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new),
					found);
		}
		if (!names.isEmpty()) {
			keys(select + """
					(company_name = ANY(:keys)
					 OR trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) = ANY(:keys))""", companyId,
					names.toArray(String[]::new), found);
		}
		return List.copyOf(found.values());
	}

	private void keys(String sql, long companyId, String[] keys, Map<UUID, CustomerKeys> found) {
		jdbc.sql(sql)
			.param("company", companyId)
			.param("keys", keys)
			.query((rs, row) -> new CustomerKeys(rs.getObject("id", UUID.class), rs.getString("external_id"),
					rs.getString("email"), rs.getString("company_name"), rs.getString("first_name"),
					rs.getString("last_name"), rs.getBoolean("active"), rs.getBoolean("do_not_service")))
			.list()
			.forEach(customer -> found.putIfAbsent(customer.id(), customer));
	}

	/** Soft delete (P14), version-guarded; false when the version moved on. */
	public boolean markDeleted(long companyId, UUID id, long version, UUID by, Instant now) {
		return jdbc.sql("""
				UPDATE customers SET deleted_at = :now, deleted_by = :by, updated_at = :now, version = version + 1
				WHERE company_id = :company AND id = :id AND version = :version AND deleted_at IS NULL""")
			.param("company", companyId)
			.param("id", id)
			.param("version", version)
			.param("by", by, java.sql.Types.OTHER)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	public boolean markRestored(long companyId, UUID id, long version, Instant now) {
		return jdbc.sql("""
				UPDATE customers SET deleted_at = NULL, deleted_by = NULL, updated_at = :now, version = version + 1
				WHERE company_id = :company AND id = :id AND version = :version""")
			.param("company", companyId)
			.param("id", id)
			.param("version", version)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/**
	 * Jobs of the customer that are still open: any status other than Complete or
	 * Invoiced, not deleted.
	 */
	public long openJobs(long companyId, UUID id) {
		return jdbc.sql("""
				SELECT count(*) FROM jobs
				WHERE company_id = :company AND customer_id = :id AND deleted_at IS NULL
				  AND status NOT IN ('Complete', 'Invoiced')""")
			.param("company", companyId)
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/**
	 * Whether the customer has a (not deleted) job assigned to the staff member: a
	 * technician's customers.
	 */
	public boolean hasJobAssignedTo(long companyId, UUID id, UUID staff) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM jobs WHERE company_id = :company AND customer_id = :id
				  AND assigned_to_user_id = :staff AND deleted_at IS NULL)""")
			.param("company", companyId)
			.param("id", id)
			.param("staff", staff)
			.query(Boolean.class)
			.single();
	}

	/** Writes the changes; false when the customer's version moved on meanwhile. */
	public boolean update(long companyId, UUID id, long expectedVersion, List<CustomerFieldChange> changes,
			Instant now) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("company", companyId)
			.addValue("id", id)
			.addValue("version", expectedVersion)
			.addValue("now", now.atOffset(ZoneOffset.UTC));
		changes.forEach(change -> params.addValues(bind(change.field(), change.newValue())));
		String assignments = changes.stream()
			.flatMap(change -> bind(change.field(), change.newValue()).keySet().stream())
			.map(column -> column + " = :" + column)
			.collect(Collectors.joining(", "));
		return named.update("UPDATE customers SET " + assignments
				+ ", version = version + 1, updated_at = :now WHERE id = :id AND company_id = :company AND version = :version",
				params) == 1;
	}

	private Map<String, Object> bind(CustomerField field, Object typed) {
		Map<String, Object> values = new LinkedHashMap<>();
		switch (field) {
			case ADDRESS -> {
				Address a = (Address) typed;
				List<Object> parts = a == null ? Arrays.asList(new Object[8]) : Arrays.asList(a.street(), a.unit(),
						a.city(), a.state(), a.zip(), a.country(), a.latitude(), a.longitude());
				for (int i = 0; i < ADDRESS_COLUMNS.size(); i++) {
					values.put(ADDRESS_COLUMNS.get(i), parts.get(i));
				}
			}
			case CUSTOMER_TYPE -> values.put("customer_type", ((CustomerType) typed).label());
			case TAGS -> values.put("tags", ((List<?>) typed).toArray(String[]::new));
			case CUSTOM_FIELDS, EXTERNAL_DATA ->
				values.put(field.apiName(), json.writeValueAsString(field.toRaw(typed)));
			default -> values.put(field.apiName(), typed);
		}
		return values;
	}

	private CustomerValues values(ResultSet rs) throws SQLException {
		Map<CustomerField, Object> v = new EnumMap<>(CustomerField.class);
		v.put(CustomerField.UUID, rs.getObject("id", UUID.class));
		v.put(CustomerField.FIRST_NAME, rs.getString("first_name"));
		v.put(CustomerField.LAST_NAME, rs.getString("last_name"));
		v.put(CustomerField.COMPANY_NAME, rs.getString("company_name"));
		v.put(CustomerField.CUSTOMER_TYPE, CustomerType.fromLabel(rs.getString("customer_type")).orElseThrow());
		v.put(CustomerField.ADDRESS,
				rs.getString("street") == null && rs.getString("city") == null ? null
						: new Address(rs.getString("street"), rs.getString("unit"), rs.getString("city"),
								rs.getString("state"), rs.getString("zip"), rs.getString("country"),
								rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude")));
		v.put(CustomerField.EMAIL, rs.getString("email"));
		v.put(CustomerField.PHONE, rs.getString("phone"));
		v.put(CustomerField.DO_NOT_MAIL, rs.getBoolean("do_not_mail"));
		v.put(CustomerField.DO_NOT_SERVICE, rs.getBoolean("do_not_service"));
		v.put(CustomerField.ACTIVE, rs.getBoolean("active"));
		Array tags = rs.getArray("tags");
		v.put(CustomerField.TAGS, tags == null ? List.of() : List.of((String[]) tags.getArray()));
		v.put(CustomerField.CUSTOM_FIELDS,
				json.readValue(rs.getString("custom_fields"), LIST_OF_PAIRS)
					.stream()
					.map(pair -> new CustomFieldValue(pair.get("key"), pair.get("val")))
					.toList());
		v.put(CustomerField.EXTERNAL_DATA, json.readValue(rs.getString("external_data"), NESTED));
		v.put(CustomerField.CREATED_AT, instant(rs, "created_at"));
		v.put(CustomerField.UPDATED_AT, instant(rs, "updated_at"));
		v.put(CustomerField.DELETED_AT, instant(rs, "deleted_at"));
		v.put(CustomerField.VERSION, rs.getLong("version"));
		return CustomerValues.of(v);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
