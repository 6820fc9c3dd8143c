package com.crewdesk.jobs;

import com.crewdesk.database.Tenancy;
import com.crewdesk.background.ClaimedWork;
import com.crewdesk.ops.OpsMetrics;
import com.crewdesk.patch.Actor;
import com.crewdesk.patch.Patch;
import com.crewdesk.security.Caller;
import com.crewdesk.staff.StaffRepository;
import com.crewdesk.webhooks.ChangeEvents;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs large batches (or async=true ones) in the background. The request is stored in
 * job_batches, so the state can be read from any instance; progress is committed
 * separately while the batch itself is validated and written in ONE transaction, so it
 * stays all-or-nothing: a failure, or a restart midway, leaves every job untouched (the
 * batch then ends as FAILED).
 * <p>
 * Several instances share the table: each one claims waiting batches with
 * {@code FOR UPDATE SKIP LOCKED} (so exactly one instance runs a batch, whichever took
 * the request), records itself as the owner and beats a heartbeat while it runs. An
 * instance fails only RUNNING batches whose owner stopped beating for
 * {@code crewdesk.batches.owner-timeout}: the owner's transaction died with it, so
 * nothing was applied. A runner whose batch was failed (or taken over) meanwhile finds
 * out when it locks the batch row to finish: it then rolls its writes back, so a batch
 * ends either SUCCEEDED with its changes or FAILED without them, never FAILED with them.
 */
@Component
public class JobBatchRunner implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(JobBatchRunner.class);

	private static final TypeReference<Map<String, Map<String, Object>>> PATCHES = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Map<String, List<String>>>> ERRORS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Long>> VERSIONS = new TypeReference<>() {
	};

	private final JobBatchService batches;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final StaffRepository staff;

	private final TransactionTemplate batchTransaction;

	private final TransactionTemplate progressTransaction;

	private final ChangeEvents events;

	private final Duration heartbeat;

	private final Duration ownerTimeout;

	private final Duration poll;

	/** The claims, heartbeat and orphan checks, on one thread (shared with imports). */
	private final ClaimedWork work;

	/** This instance, as the owner of the batches it runs. */
	private final String instance;

	JobBatchRunner(JobBatchService batches, JdbcClient jdbc, JsonMapper json, StaffRepository staff,
			PlatformTransactionManager transactions, @Value("${crewdesk.batches.heartbeat:5s}") Duration heartbeat,
			@Value("${crewdesk.batches.owner-timeout:30s}") Duration ownerTimeout,
			@Value("${crewdesk.batches.poll:2s}") Duration poll, ChangeEvents events) {
		this.events = events;
		this.heartbeat = heartbeat;
		this.ownerTimeout = ownerTimeout;
		this.poll = poll;
		this.batches = batches;
		this.jdbc = jdbc;
		this.json = json;
		this.staff = staff;
		this.batchTransaction = new TransactionTemplate(transactions);
		this.progressTransaction = new TransactionTemplate(transactions);
		this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.work = new ClaimedWork("job-batch",
				ClaimedWork.Table.of(this::claim, this::runClaimed, this::beat, this::failOrphans));
		this.instance = work.instance();
	}

	/**
	 * On start: fails the RUNNING batches whose owner is gone, then claims waiting work,
	 * beats the heartbeat of its own batches and looks for orphans and new work at
	 * regular intervals.
	 */
	@Override
	public void run(ApplicationArguments args) {
		work.start(heartbeat, poll);
	}

	/** This instance's name as the owner of the batches it runs. */
	public String instance() {
		return instance;
	}

	@Override
	public void destroy() {
		work.stop();
	}

	/**
	 * Fails RUNNING batches whose owner has not beaten for the owner timeout (or that
	 * predate owners).
	 */
	void failOrphans() {
		int interrupted = Tenancy.acrossCompanies("orphaned batches of every company are failed",
				this::failOrphansOfEveryCompany);
		if (interrupted > 0) {
			log.warn("{} background batch(es) lost their instance and were marked failed", interrupted);
		}
	}

	private int failOrphansOfEveryCompany() {
		return progressTransaction.execute(status -> {
			List<Map<String, Object>> failed = jdbc
				.sql("""
						UPDATE job_batches SET state = 'FAILED', finished_at = now(),
						  summary = 'Interrupted: the instance running it (' || coalesce(owner_instance, 'unknown') || ') stopped; nothing was applied'
						WHERE state = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < now() - CAST(:timeout AS interval))
						RETURNING id, company_id, total, summary""")
				.param("timeout", ownerTimeout.toMillis() + " milliseconds")
				.query()
				.listOfRows();
			failed.forEach(batch -> events.batchFinished(((Number) batch.get("company_id")).longValue(),
					(UUID) batch.get("id"), "FAILED", ((Number) batch.get("total")).intValue(), 0,
					(String) batch.get("summary")));
			return failed.size();
		});
	}

	private void beat() {
		Tenancy.acrossCompanies("this instance's batches may belong to several companies",
				() -> jdbc
					.sql("UPDATE job_batches SET heartbeat_at = now() WHERE owner_instance = :me AND state = 'RUNNING'")
					.param("me", instance)
					.update());
	}

	/**
	 * Takes the oldest waiting batch; another instance skips the locked row and takes the
	 * next one.
	 */
	Optional<UUID> claim() {
		return Tenancy.acrossCompanies("the oldest waiting batch of any company is claimed",
				() -> jdbc
					.sql("""
							UPDATE job_batches SET state = 'RUNNING', owner_instance = :me, heartbeat_at = now(), claims = claims + 1
							WHERE id = (SELECT id FROM job_batches WHERE state = 'PENDING' ORDER BY created_at
							            LIMIT 1 FOR UPDATE SKIP LOCKED)
							RETURNING id""")
					.param("me", instance)
					.query(UUID.class)
					.optional());
	}

	/** The company of a batch, read before its work is scoped to it. */
	private long companyOf(UUID id) {
		return Tenancy.acrossCompanies("a claimed batch's company is read before its work is scoped to it",
				() -> jdbc.sql("SELECT company_id FROM job_batches WHERE id = :id")
					.param("id", id)
					.query(Long.class)
					.single());
	}

	private void runClaimed(UUID id) {
		Tenancy.forCompany(companyOf(id), () -> runClaimedForCompany(id));
	}

	private void runClaimedForCompany(UUID id) {
		long startedAt = System.nanoTime();
		try {
			executeForCompany(id);
			int total = jdbc.sql("SELECT total FROM job_batches WHERE id = :id")
				.param("id", id)
				.query(Integer.class)
				.single();
			OpsMetrics.batchFinished("background", total, Duration.ofNanos(System.nanoTime() - startedAt));
		}
		catch (RuntimeException ex) {
			// Typically the database went away (shutdown): the batch's transaction is
			// gone with it, and another
			// instance (or this one after a restart) fails the batch once its heartbeat
			// is old.
			log.error("Background batch {} could not finish", id, ex);
		}
	}

	/** Stores the batch and starts it once the storing transaction has committed. */
	public UUID submit(Caller caller, Map<UUID, Patch> patches, boolean notifyTechnicians, Channel channel,
			Map<UUID, Long> previewed) {
		JobService.requireManager(caller, "batch edit");
		UUID id = UUID.randomUUID();
		Map<String, Object> request = new LinkedHashMap<>();
		patches.forEach((job, patch) -> request.put(job.toString(), patch.asMap()));
		jdbc.sql("""
				INSERT INTO job_batches (id, company_id, created_by, api_key_id, channel, state, notify, total, request,
				  previewed_versions)
				VALUES (:id, :company, :by, :key, :channel, 'PENDING', :notify, :total, CAST(:request AS jsonb),
				  CAST(:previewed AS jsonb))""")
			.param("id", id)
			.param("company", caller.companyId())
			.param("by", caller.staffId())
			.param("key", caller.apiKeyId())
			.param("channel", channel.code())
			.param("notify", notifyTechnicians)
			.param("total", patches.size())
			.param("request", json.writeValueAsString(request))
			.param("previewed", previewed.isEmpty() ? null : json.writeValueAsString(previewed))
			.update();
		Runnable start = work::wake;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					start.run();
				}
			});
		}
		else {
			start.run();
		}
		return id;
	}

	/**
	 * Job number and title of the jobs a finished batch changed, first {@code limit} of
	 * them.
	 */
	public List<Map<String, Object>> changedJobs(long companyId, UUID id, int limit) {
		return jdbc.sql("""
				SELECT j.job_number, j.title FROM job_batches b
				CROSS JOIN LATERAL jsonb_array_elements_text(b.changed_jobs) WITH ORDINALITY AS changed(uuid, position)
				JOIN jobs j ON j.company_id = b.company_id AND j.uuid = CAST(changed.uuid AS uuid)
				WHERE b.company_id = :company AND b.id = :id
				ORDER BY changed.position LIMIT :limit""")
			.param("company", companyId)
			.param("id", id)
			.param("limit", limit)
			.query()
			.listOfRows();
	}

	public Optional<BackgroundBatch> find(long companyId, UUID id) {
		return jdbc.sql("""
				SELECT id, state, total, done, summary, errors, created_at, finished_at
				FROM job_batches WHERE company_id = :company AND id = :id""")
			.param("company", companyId)
			.param("id", id)
			.query((rs, row) -> new BackgroundBatch(rs.getObject("id", UUID.class), rs.getString("state"),
					rs.getInt("total"), rs.getInt("done"), rs.getString("summary"),
					json.readValue(rs.getString("errors"), ERRORS),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class))
						.map(OffsetDateTime::toInstant)
						.orElse(null)))
			.optional();
	}

	/** Runs a claimed batch with the database scoped to the batch's company. */
	void execute(UUID id) {
		Tenancy.forCompany(companyOf(id), () -> executeForCompany(id));
	}

	private void executeForCompany(UUID id) {
		StoredRequest request = load(id);
		int total = request.patches().size();
		if (!progress(id, 0)) {
			log.warn("Background batch {}: no longer this instance's to run", id);
			return;
		}
		try {
			BatchPlan plan = batchTransaction.execute(status -> {
				long started = System.nanoTime();
				BatchPlan combined = batches.plan(request.caller(), request.patches(), request.notifyTechnicians(),
						request.previewed(), done -> {
							if (!progress(id, done)) {
								throw new LostBatchException();
							}
						});
				long checked = System.nanoTime();
				if (combined.valid()) {
					batches.write(request.caller(), combined, request.notifyTechnicians(), request.channel());
					succeed(id, request, combined);
				}
				log.info("Background batch {}: {} job(s) checked in {} ms, {} written in {} ms", id, total,
						(checked - started) / 1_000_000, combined.valid() ? combined.changing().size() : 0,
						(System.nanoTime() - checked) / 1_000_000);
				return combined;
			});
			if (!plan.valid()) {
				fail(id, request, total, plan.errors().size() + " job(s) cannot be changed; nothing was applied",
						plan.errors());
			}
		}
		catch (LostBatchException ex) {
			log.warn("Background batch {}: failed or taken over by another instance meanwhile; nothing was applied",
					id);
		}
		catch (BatchRejectedException ex) {
			fail(id, request, total, "Jobs changed meanwhile; nothing was applied", ex.errors());
		}
		catch (RuntimeException ex) {
			log.error("Background batch {} failed", id, ex);
			fail(id, request, 0, "Failed unexpectedly; nothing was applied", null);
		}
	}

	/**
	 * Inside the batch's transaction: locks the batch row and marks it SUCCEEDED (with
	 * its batch.finished event) only if this instance still owns it and it is RUNNING;
	 * otherwise the whole transaction, the jobs' writes included, rolls back.
	 */
	private void succeed(UUID id, StoredRequest request, BatchPlan plan) {
		Boolean stillOurs = jdbc.sql("""
				SELECT owner_instance = :me AND state = 'RUNNING' FROM job_batches WHERE id = :id FOR UPDATE""")
			.param("me", instance)
			.param("id", id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
		if (!stillOurs) {
			throw new LostBatchException();
		}
		String summary = plan.changing().size() + " job(s) changed, " + plan.unchanged().size()
				+ " already had these values";
		jdbc.sql("""
				UPDATE job_batches SET state = 'SUCCEEDED', done = :done, summary = :summary, finished_at = now(),
				  changed_jobs = CAST(:jobs AS jsonb)
				WHERE id = :id""")
			.param("done", request.patches().size())
			.param("summary", summary)
			.param("jobs", json.writeValueAsString(plan.changing().stream().map(item -> item.job().uuid()).toList()))
			.param("id", id)
			.update();
		events.batchFinished(request.caller().companyId(), id, "SUCCEEDED", request.patches().size(),
				plan.changing().size(), summary);
	}

	/**
	 * Ends the batch FAILED (with its batch.finished event), if it is still this
	 * instance's.
	 */
	private void fail(UUID id, StoredRequest request, int done, String summary,
			Map<String, Map<String, List<String>>> errors) {
		progressTransaction.executeWithoutResult(status -> {
			int failed = jdbc.sql("""
					UPDATE job_batches SET state = 'FAILED', done = :done, summary = :summary,
					  errors = coalesce(CAST(:errors AS jsonb), errors), finished_at = now()
					WHERE id = :id AND owner_instance = :me AND state = 'RUNNING'""")
				.param("done", done)
				.param("summary", summary)
				.param("errors", errors == null ? null : json.writeValueAsString(errors))
				.param("id", id)
				.param("me", instance)
				.update();
			if (failed == 1) {
				events.batchFinished(request.caller().companyId(), id, "FAILED", request.patches().size(), 0, summary);
			}
		});
	}

	/**
	 * Progress of a batch this instance still owns and runs; false if it no longer does.
	 */
	private boolean progress(UUID id, int done) {
		return Boolean.TRUE.equals(progressTransaction.execute(status -> jdbc.sql("""
				UPDATE job_batches SET done = :done, started_at = coalesce(started_at, now())
				WHERE id = :id AND owner_instance = :me AND state = 'RUNNING'""")
			.param("done", done)
			.param("id", id)
			.param("me", instance)
			.update() == 1));
	}

	/** The batch was failed or claimed by another instance while this one ran it. */
	private static final class LostBatchException extends RuntimeException {

		LostBatchException() {
			super(null, null, false, false);
		}

	}

	private record StoredRequest(Caller caller, Map<UUID, Patch> patches, boolean notifyTechnicians, Channel channel,
			Map<UUID, Long> previewed) {
	}

	private StoredRequest load(UUID id) {
		return jdbc.sql("""
				SELECT company_id, created_by, api_key_id, channel, notify, request, previewed_versions
				FROM job_batches WHERE id = :id""").param("id", id).query((rs, row) -> {
			long company = rs.getLong("company_id");
			UUID by = rs.getObject("created_by", UUID.class);
			long key = rs.getLong("api_key_id");
			Actor actor = by != null ? Actor.staff(by, staff.findById(by).orElseThrow().role()) : Actor.apiKey(key);
			Map<UUID, Patch> patches = new LinkedHashMap<>();
			json.readValue(rs.getString("request"), PATCHES)
				.forEach((job, raw) -> patches.put(UUID.fromString(job), Patch.of(raw)));
			Channel channel = "api".equals(rs.getString("channel")) ? Channel.API : Channel.BATCH;
			Map<UUID, Long> previewed = new LinkedHashMap<>();
			String versions = rs.getString("previewed_versions");
			if (versions != null) {
				json.readValue(versions, VERSIONS)
					.forEach((job, version) -> previewed.put(UUID.fromString(job), version));
			}
			return new StoredRequest(new Caller(company, actor), patches, rs.getBoolean("notify"), channel, previewed);
		}).single();
	}

}
