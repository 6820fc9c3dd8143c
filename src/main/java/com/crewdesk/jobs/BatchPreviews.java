package com.crewdesk.jobs;

import com.crewdesk.security.Caller;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions a person saw in a batch preview, kept in PostgreSQL (any instance may
 * serve the apply) for a day. The apply is judged against them (P16).
 */
@Repository
public class BatchPreviews {

	private static final TypeReference<Map<String, Long>> VERSIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	BatchPreviews(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Keeps the previewed versions and answers the id the apply refers to. */
	@Transactional
	public UUID save(Caller caller, Map<UUID, Long> versions) {
		jdbc.sql("DELETE FROM job_batch_previews WHERE created_at < now() - interval '1 day'").update();
		UUID id = UUID.randomUUID();
		Map<String, Long> stored = new LinkedHashMap<>();
		versions.forEach((job, version) -> stored.put(job.toString(), version));
		jdbc.sql("""
				INSERT INTO job_batch_previews (id, company_id, created_by, versions)
				VALUES (:id, :company, :by, CAST(:versions AS jsonb))""")
			.param("id", id)
			.param("company", caller.companyId())
			.param("by", caller.staffId())
			.param("versions", json.writeValueAsString(stored))
			.update();
		return id;
	}

	/** The versions of a preview of the caller's company, if it still exists. */
	@Transactional(readOnly = true)
	public Optional<Map<UUID, Long>> find(Caller caller, UUID id) {
		return jdbc.sql("SELECT versions FROM job_batch_previews WHERE company_id = :company AND id = :id")
			.param("company", caller.companyId())
			.param("id", id)
			.query(String.class)
			.optional()
			.map(text -> {
				Map<UUID, Long> versions = new LinkedHashMap<>();
				json.readValue(text, VERSIONS).forEach((job, version) -> versions.put(UUID.fromString(job), version));
				return versions;
			});
	}

}
