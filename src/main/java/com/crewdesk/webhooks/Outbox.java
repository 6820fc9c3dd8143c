package com.crewdesk.webhooks;

import com.crewdesk.patch.CustomerFieldChange;
import com.crewdesk.patch.FieldChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox ({@link ChangeEvents}): it writes the events, with one delivery per
 * subscribed endpoint, in the caller's transaction. A change that rolls back takes its
 * events with it; a committed one has them on disk for the sender
 * ({@link WebhookSender}), whatever happens to this instance afterwards. A company
 * without subscribers costs one indexed query per write.
 */
@Component
class Outbox implements ChangeEvents {

	private record Event(WebhookEvent type, String subject, Map<String, Object> data) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Outbox(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void jobCreated(long companyId, UUID job, String jobNumber, List<FieldChange> changes) {
		publish(companyId, List.of(jobEvent(WebhookEvent.JOB_CREATED, new JobChange(job, jobNumber, changes))));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void jobUpdated(long companyId, UUID job, String jobNumber, List<FieldChange> changes) {
		jobsUpdated(companyId, List.of(new JobChange(job, jobNumber, changes)));
	}

	/** The jobs a batch changed: one job.updated each, written in one statement. */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void jobsUpdated(long companyId, List<JobChange> jobs) {
		publish(companyId, jobs.stream().map(job -> jobEvent(WebhookEvent.JOB_UPDATED, job)).toList());
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void jobDeleted(long companyId, UUID job, String jobNumber, Instant at) {
		publish(companyId, List.of(new Event(WebhookEvent.JOB_DELETED, "job:" + job,
				data("job_uuid", job, "job_number", jobNumber, "deleted_at", at))));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void jobRestored(long companyId, UUID job, String jobNumber) {
		publish(companyId, List
			.of(new Event(WebhookEvent.JOB_RESTORED, "job:" + job, data("job_uuid", job, "job_number", jobNumber))));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void customerCreated(long companyId, UUID customer, List<CustomerFieldChange> changes) {
		publish(companyId, List.of(customerEvent(WebhookEvent.CUSTOMER_CREATED, customer, changes)));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void customerUpdated(long companyId, UUID customer, List<CustomerFieldChange> changes) {
		publish(companyId, List.of(customerEvent(WebhookEvent.CUSTOMER_UPDATED, customer, changes)));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void customerDeleted(long companyId, UUID customer, Instant at) {
		publish(companyId, List.of(new Event(WebhookEvent.CUSTOMER_DELETED, "customer:" + customer,
				data("customer_uuid", customer, "deleted_at", at))));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void customerRestored(long companyId, UUID customer) {
		publish(companyId, List
			.of(new Event(WebhookEvent.CUSTOMER_RESTORED, "customer:" + customer, data("customer_uuid", customer))));
	}

	/**
	 * A batch edit ended: {@code state} SUCCEEDED (then {@code changed} jobs got their
	 * job.updated in the same transaction) or FAILED (nothing was applied).
	 */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void batchFinished(long companyId, UUID batch, String state, int total, int changed, String summary) {
		publish(companyId, List.of(new Event(WebhookEvent.BATCH_FINISHED, "batch:" + batch,
				data("batch_id", batch, "state", state, "total", total, "changed", changed, "summary", summary))));
	}

	private static Event jobEvent(WebhookEvent type, JobChange job) {
		Map<String, Object> changes = new LinkedHashMap<>();
		for (FieldChange change : job.changes()) {
			changes.put(change.field().apiName(), change(change.oldRaw(), change.newRaw()));
		}
		return new Event(type, "job:" + job.job(),
				data("job_uuid", job.job(), "job_number", job.jobNumber(), "changes", changes));
	}

	private static Event customerEvent(WebhookEvent type, UUID customer, List<CustomerFieldChange> applied) {
		Map<String, Object> changes = new LinkedHashMap<>();
		for (CustomerFieldChange change : applied) {
			changes.put(change.field().apiName(), change(change.oldRaw(), change.newRaw()));
		}
		return new Event(type, "customer:" + customer, data("customer_uuid", customer, "changes", changes));
	}

	private static Map<String, Object> change(Object oldRaw, Object newRaw) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("old", oldRaw);
		change.put("new", newRaw);
		return change;
	}

	private static Map<String, Object> data(Object... pairs) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			Object value = pairs[i + 1];
			data.put((String) pairs[i], value instanceof UUID || value instanceof Instant ? value.toString() : value);
		}
		return data;
	}

	private Set<String> subscribed(long companyId) {
		return Set.copyOf(
				jdbc.sql("SELECT DISTINCT unnest(events) FROM webhook_endpoints WHERE company_id = :company AND active")
					.param("company", companyId)
					.query(String.class)
					.list());
	}

	/**
	 * The events some endpoint subscribes to, and a delivery for each such endpoint: one
	 * statement over arrays, events numbered in the order given (the order per subject).
	 */
	private void publish(long companyId, List<Event> events) {
		Set<String> subscribed = subscribed(companyId);
		List<String> ids = new ArrayList<>();
		List<String> types = new ArrayList<>();
		List<String> subjects = new ArrayList<>();
		List<String> payloads = new ArrayList<>();
		for (Event event : events) {
			if (subscribed.contains(event.type().type())) {
				ids.add(UUID.randomUUID().toString());
				types.add(event.type().type());
				subjects.add(event.subject());
				payloads.add(json.writeValueAsString(event.data()));
			}
		}
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql(
				"""
						WITH events AS (
						  INSERT INTO webhook_events (company_id, event_id, type, subject, payload)
						  SELECT :company, CAST(e.event_id AS uuid), e.type, e.subject, CAST(e.payload AS jsonb)
						  FROM unnest(CAST(:ids AS text[]), CAST(:types AS text[]), CAST(:subjects AS text[]),
						              CAST(:payloads AS text[])) WITH ORDINALITY AS e(event_id, type, subject, payload, n)
						  ORDER BY e.n
						  RETURNING id, type, subject)
						INSERT INTO webhook_deliveries (company_id, endpoint_id, event_id, subject)
						SELECT :company, w.id, events.id, events.subject
						FROM events JOIN webhook_endpoints w ON w.company_id = :company AND w.active AND events.type = ANY(w.events)
						ORDER BY events.id, w.id""")
			.param("company", companyId)
			.param("ids", ids.toArray(String[]::new))
			.param("types", types.toArray(String[]::new))
			.param("subjects", subjects.toArray(String[]::new))
			.param("payloads", payloads.toArray(String[]::new))
			.update();
	}

}
