package com.crewdesk.jobs.batch;

import com.crewdesk.jobs.list.JobFilter;
import com.crewdesk.jobs.list.JobListParameters;
import com.crewdesk.jobs.list.JobListScope;
import com.crewdesk.jobs.list.JobListSql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which jobs a batch acts on: the ticked ids, or every job matching the list's filter.
 * Both are resolved in the caller's scope, so ids of another company's jobs simply match
 * nothing.
 */
@Repository
class JobSelection {

	/**
	 * The most jobs one batch may touch; a bigger selection asks the user to narrow the
	 * filter.
	 */
	static final int MAX = 50_000;

	private final JdbcClient jdbc;

	JobSelection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The selection, or empty with a message when it is too large or empty. */
	record Resolved(List<UUID> ids, String problem) {
	}

	Resolved resolve(JobListScope scope, BatchEditForm form) {
		List<UUID> ids = form.allMatching() ? matching(scope, filterOf(form.filter())) : ticked(form.ids());
		if (ids.isEmpty()) {
			return new Resolved(ids, "No jobs are selected.");
		}
		if (ids.size() > MAX) {
			return new Resolved(List.of(), "More than " + String.format("%,d", MAX)
					+ " jobs match; narrow the filter to edit them in one batch.");
		}
		return new Resolved(ids, null);
	}

	/** The list filter encoded in a list URL's query string ("status=New&q=roof"). */
	static JobFilter filterOf(String query) {
		MultiValueMap<String, String> params = UriComponentsBuilder
			.fromUriString("/jobs?" + (query == null ? "" : query))
			.build()
			.getQueryParams();
		Map<String, List<String>> decoded = new LinkedHashMap<>();
		params.forEach((name, values) -> decoded.put(name, decoded(values)));
		return JobListParameters.lenient(decoded).filter();
	}

	private List<UUID> matching(JobListScope scope, JobFilter filter) {
		JobListSql where = JobListSql.where(scope, filter).param("cap", MAX + 1);
		return jdbc
			.sql("SELECT j.uuid FROM jobs j WHERE " + where.conditions()
					+ " AND j.deleted_at IS NULL ORDER BY j.id LIMIT :cap")
			.params(where.params())
			.query(UUID.class)
			.list();
	}

	private static List<UUID> ticked(List<String> ids) {
		List<UUID> uuids = new ArrayList<>();
		for (String id : ids == null ? List.<String>of() : ids) {
			try {
				UUID uuid = UUID.fromString(id.trim());
				if (!uuids.contains(uuid)) {
					uuids.add(uuid);
				}
			}
			catch (IllegalArgumentException ex) {
				// Not a job id: it cannot select anything.
			}
		}
		return uuids;
	}

	private static List<String> decoded(List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream()
			.map(v -> java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8))
			.toList();
	}

}
