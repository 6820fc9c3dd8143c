package com.crewdesk.jobs.api;

import com.crewdesk.jobs.StoredJob;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The API's job object (seed 001): every field under its snake_case name, plus the
 * embedded customer {uuid, first_name, last_name} and assignee {id, name, email}. Related
 * rows for a whole page are loaded with one query per kind, never one per job.
 */
@Component
public class JobRepresentation {

	private final JdbcClient jdbc;

	JobRepresentation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, Object> of(StoredJob job) {
		return of(List.of(job)).get(0);
	}

	public List<Map<String, Object>> of(List<StoredJob> jobs) {
		if (jobs.isEmpty()) {
			return List.of();
		}
		long company = jobs.get(0).companyId();
		Map<UUID, Map<String, Object>> customers = customers(company,
				jobs.stream().map(j -> j.values().customerUuid()).collect(Collectors.toSet()));
		Map<UUID, Map<String, Object>> staff = staff(company,
				jobs.stream()
					.map(j -> j.values().assignedToUserId())
					.filter(Objects::nonNull)
					.collect(Collectors.toSet()));
		return jobs.stream().map(job -> {
			Map<String, Object> json = new LinkedHashMap<>(job.values().toRaw());
			json.put("customer", customers.get(job.values().customerUuid()));
			UUID assignee = job.values().assignedToUserId();
			json.put("assigned_to", assignee == null ? null : staff.get(assignee));
			return json;
		}).toList();
	}

	private Map<UUID, Map<String, Object>> customers(long company, Collection<UUID> ids) {
		return jdbc
			.sql("SELECT id, first_name, last_name, company_name FROM customers "
					+ "WHERE company_id = :company AND id = ANY(CAST(:ids AS uuid[]))")
			.param("company", company)
			.param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, row) -> {
				Map<String, Object> customer = new LinkedHashMap<>();
				customer.put("uuid", rs.getString("id"));
				customer.put("first_name", rs.getString("first_name"));
				customer.put("last_name", rs.getString("last_name"));
				customer.put("company_name", rs.getString("company_name"));
				return customer;
			})
			.list()
			.stream()
			.collect(Collectors.toMap(c -> UUID.fromString((String) c.get("uuid")), c -> c));
	}

	private Map<UUID, Map<String, Object>> staff(long company, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc
			.sql("SELECT id, display_name, email FROM staff_users "
					+ "WHERE company_id = :company AND id = ANY(CAST(:ids AS uuid[]))")
			.param("company", company)
			.param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, row) -> {
				Map<String, Object> person = new LinkedHashMap<>();
				person.put("id", rs.getString("id"));
				person.put("name", rs.getString("display_name"));
				person.put("email", rs.getString("email"));
				return person;
			})
			.list()
			.stream()
			.collect(Collectors.toMap(p -> UUID.fromString((String) p.get("id")), p -> p));
	}

}
