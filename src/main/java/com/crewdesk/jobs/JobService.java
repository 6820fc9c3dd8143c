package com.crewdesk.jobs;

import com.crewdesk.company.CompanyReferences;
import com.crewdesk.company.CompanyRulesService;
import com.crewdesk.ops.OpsMetrics;
import com.crewdesk.patch.CompanyRules;
import com.crewdesk.patch.FieldAccess;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobPatchEngine;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.PatchContext;
import com.crewdesk.patch.PatchOutcome;
import com.crewdesk.patch.ReferenceLookup;
import com.crewdesk.patch.ReferencedIds;
import com.crewdesk.patch.Rulebook;
import com.crewdesk.patch.Violations;
import com.crewdesk.security.Caller;
import com.crewdesk.webhooks.ChangeEvents;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every write to a job, from a form, an inline cell, a batch or the API, comes through
 * here: it loads the job, hands the patch to the engine, and writes exactly what the
 * engine decided (changed columns, history, notifications) under optimistic locking.
 */
@Service
public class JobService {

	/**
	 * Without a version precondition a clash with another writer is retried this often.
	 */
	private static final int MAX_ATTEMPTS = 5;

	private static final String OVERRIDE_DO_NOT_SERVICE = "override_do_not_service";

	private final JobPatchEngine engine = new JobPatchEngine();

	private final JobRepository store;

	private final JobNumberSequence numbers;

	private final JobHistoryWriter history;

	private final JobNotifier notifier;

	private final NestedCustomerPatches customers;

	private final CompanyFacts company;

	private final ChangeEvents events;

	@Autowired
	JobService(JobRepository store, JobNumberSequence numbers, JobHistoryWriter history, JobNotifier notifier,
			NestedCustomerPatches customers, CompanyRulesService rules, JdbcClient jdbc, ChangeEvents events) {
		this(store, numbers, history, notifier, customers, CompanyFacts.of(rules, jdbc), events);
	}

	/**
	 * With the company's settings and references from elsewhere than the database (unit
	 * tests).
	 */
	JobService(JobRepository store, JobNumberSequence numbers, JobHistoryWriter history, JobNotifier notifier,
			NestedCustomerPatches customers, CompanyFacts company, ChangeEvents events) {
		this.store = store;
		this.events = events;
		this.numbers = numbers;
		this.history = history;
		this.notifier = notifier;
		this.customers = customers;
		this.company = company;
	}

	/**
	 * What the engine needs to know about the caller's company besides the job: its
	 * settings and referenced ids.
	 */
	interface CompanyFacts {

		CompanyRules rulesFor(long companyId);

		/**
		 * Whether the company's technicians edit their own jobs: asked by every list,
		 * which needs nothing else of the rules.
		 */
		default boolean workersEditJob(long companyId) {
			return rulesFor(companyId).workersEditJob();
		}

		ReferenceLookup references(long companyId, ReferencedIds ids);

		static CompanyFacts of(CompanyRulesService rules, JdbcClient jdbc) {
			return new CompanyFacts() {

				@Override
				public CompanyRules rulesFor(long companyId) {
					return rules.rulesFor(companyId);
				}

				@Override
				public boolean workersEditJob(long companyId) {
					return rules.workersEditJob(companyId);
				}

				@Override
				public ReferenceLookup references(long companyId, ReferencedIds ids) {
					return CompanyReferences.load(jdbc, companyId, ids);
				}
			};
		}

	}

	@Transactional(readOnly = true)
	public StoredJob get(Caller caller, UUID uuid) {
		return store.find(caller.companyId(), uuid)
			.filter(job -> visibleTo(caller, job))
			.orElseThrow(() -> new JobNotFoundException(uuid));
	}

	/**
	 * The caller's visible jobs among the given uuids, in the given order (one query).
	 */
	@Transactional(readOnly = true)
	public List<StoredJob> getAll(Caller caller, List<UUID> uuids) {
		var found = store.findAll(caller.companyId(), uuids);
		return uuids.stream().map(found::get).filter(job -> job != null && visibleTo(caller, job)).toList();
	}

	@Transactional(readOnly = true)
	public StoredJob getByNumber(Caller caller, String jobNumber) {
		return store.findByNumber(caller.companyId(), jobNumber)
			.filter(job -> visibleTo(caller, job))
			.orElseThrow(() -> new JobNotFoundException(jobNumber));
	}

	@Transactional
	public StoredJob create(Caller caller, Patch patch, Channel channel) {
		PatchContext context = context(caller, List.of(patch));
		PatchOutcome.Applied applied = applied(engine.create(patch, context), channel);
		StoredJob job = store.insert(caller.companyId(), applied.after(), UUID.randomUUID(),
				numbers.next(caller.companyId()), caller.staffId(), channel.createdVia(), context.now());
		history.recordOne(caller, channel, context.now(), job.id(), JobHistoryWriter.CREATED, null, null);
		notifyTechnicians(caller, job, applied);
		events.jobCreated(caller.companyId(), job.uuid(), job.jobNumber(), applied.changes());
		OpsMetrics.patchApplied(channel.code());
		recordOverride(caller, channel, context.now(), job, patch);
		return customers.apply(caller, job, applied, context) ? store.find(caller.companyId(), job.uuid()).orElseThrow()
				: job;
	}

	/**
	 * Applies a partial update. With {@code expectedVersion} the patch must have been
	 * made against that version (else {@link StaleJobException}); without it, a clash
	 * with a concurrent writer is retried on the fresh row, so two patches to different
	 * fields both take effect.
	 */
	@Transactional
	public StoredJob update(Caller caller, UUID uuid, Patch patch, Long expectedVersion, Channel channel) {
		for (int attempt = 1;; attempt++) {
			StoredJob current = live(caller, uuid);
			if (expectedVersion != null && current.version() != expectedVersion) {
				throw new StaleJobException(current);
			}
			PatchContext context = context(caller, List.of(patch));
			PatchOutcome.Applied applied = applied(engine.update(current.values(), patch, context), channel);
			if (applied.changesNothing()) {
				OpsMetrics.patchUnchanged(channel.code());
				return current;
			}
			if (!applied.changes().isEmpty() && !store.update(caller.companyId(),
					new JobStore.PlannedUpdate(current.id(), current.version(), applied.changes()), context.now())) {
				if (expectedVersion != null || attempt == MAX_ATTEMPTS) {
					throw new StaleJobException(live(caller, uuid));
				}
				continue;
			}
			record(caller, channel, context.now(), current, applied);
			events.jobUpdated(caller.companyId(), uuid, current.jobNumber(), applied.changes());
			recordOverride(caller, channel, context.now(), current, patch);
			customers.apply(caller, current, applied, context);
			OpsMetrics.patchApplied(channel.code());
			return store.find(caller.companyId(), uuid).orElseThrow();
		}
	}

	/**
	 * Runs the engine on a patch without writing anything (a form's "check as you type"):
	 * the violations a create ({@code uuid} null) or an update of the job would be
	 * refused with, or none.
	 */
	@Transactional(readOnly = true)
	public Violations check(Caller caller, UUID uuid, Patch patch) {
		PatchContext context = context(caller, List.of(patch));
		PatchOutcome outcome = uuid == null ? engine.create(patch, context)
				: engine.update(live(caller, uuid).values(), patch, context);
		return outcome instanceof PatchOutcome.Rejected rejected ? rejected.violations() : Violations.builder().build();
	}

	/**
	 * Soft delete (P14): sets deleted_at/deleted_by; the job disappears from lists and
	 * refuses patches.
	 */
	@Transactional
	public StoredJob softDelete(Caller caller, UUID uuid, Long expectedVersion) {
		requireManager(caller, "delete");
		StoredJob current = live(caller, uuid);
		if (expectedVersion != null && current.version() != expectedVersion) {
			throw new StaleJobException(current);
		}
		Instant now = now();
		if (!store.markDeleted(caller.companyId(), current.id(), current.version(), caller.staffId(), now)) {
			throw new StaleJobException(live(caller, uuid));
		}
		history.recordOne(caller, Channel.forRecord(caller), now, current.id(), JobField.DELETED_AT.apiName(), null,
				JobField.DELETED_AT.toRaw(now));
		events.jobDeleted(caller.companyId(), uuid, current.jobNumber(), now);
		return store.find(caller.companyId(), uuid).orElseThrow();
	}

	@Transactional
	public StoredJob restore(Caller caller, UUID uuid) {
		requireManager(caller, "restore");
		StoredJob current = store.find(caller.companyId(), uuid).orElseThrow(() -> new JobNotFoundException(uuid));
		if (!current.isDeleted()) {
			return current;
		}
		Instant now = now();
		if (!store.markRestored(caller.companyId(), current.id(), current.version(), now)) {
			throw new StaleJobException(store.find(caller.companyId(), uuid).orElseThrow());
		}
		history.recordOne(caller, Channel.forRecord(caller), now, current.id(), JobField.DELETED_AT.apiName(),
				JobField.DELETED_AT.toRaw(current.deletedAt()), null);
		events.jobRestored(caller.companyId(), uuid, current.jobNumber());
		return store.find(caller.companyId(), uuid).orElseThrow();
	}

	PatchContext context(Caller caller, Collection<Patch> patches) {
		return new PatchContext(caller.actor(), company.rulesFor(caller.companyId()),
				company.references(caller.companyId(), JobPatchEngine.referencedIds(patches)), now());
	}

	static PatchOutcome.Applied applied(PatchOutcome outcome, Channel channel) {
		if (outcome instanceof PatchOutcome.Rejected rejected) {
			OpsMetrics.patchRefused(channel.code());
			throw new PatchRejectedException(rejected.violations());
		}
		return (PatchOutcome.Applied) outcome;
	}

	static void requireManager(Caller caller, String action) {
		Rulebook.refuseJobManagement(caller.actor(), action).ifPresent(refusal -> {
			throw new PatchRejectedException(refusal);
		});
	}

	static boolean visibleTo(Caller caller, StoredJob job) {
		return caller.maySeeJobOf(job.values().assignedToUserId());
	}

	/**
	 * The fields the caller may change on this job (P13), for screens that offer only
	 * those controls.
	 */
	public FieldAccess changeableFields(Caller caller, StoredJob job) {
		return Rulebook.changeableFields(caller.actor(), job.values().assignedToUserId(),
				company.workersEditJob(caller.companyId()));
	}

	/**
	 * The fields the caller may change on any job they can see (the list's cell editors).
	 * One read of the company's row, without a transaction around it (each list request
	 * paid a begin and a commit for it).
	 */
	public FieldAccess changeableFieldsOnVisibleJobs(Caller caller) {
		return Rulebook.changeableFieldsOnVisibleJobs(caller.actor(), company.workersEditJob(caller.companyId()));
	}

	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	StoredJob live(Caller caller, UUID uuid) {
		return store.find(caller.companyId(), uuid)
			.filter(job -> !job.isDeleted())
			.orElseThrow(() -> new JobNotFoundException(uuid));
	}

	private void record(Caller caller, Channel channel, Instant now, StoredJob job, PatchOutcome.Applied applied) {
		history.record(caller, channel, now, List.of(new JobHistoryWriter.AppliedChanges(job.id(), applied.changes())));
		notifyTechnicians(caller, job, applied);
	}

	private void notifyTechnicians(Caller caller, StoredJob job, PatchOutcome.Applied applied) {
		notifier.notifyEach(caller.companyId(), new JobNotifier.JobIntents(job.id(), job.jobNumber(),
				applied.after().title(), applied.notifications()));
	}

	/**
	 * An admin's override of a customer's do_not_service flag is kept in the job's
	 * history (seed 003).
	 */
	private void recordOverride(Caller caller, Channel channel, Instant now, StoredJob job, Patch patch) {
		if (Boolean.TRUE.equals(patch.raw(OVERRIDE_DO_NOT_SERVICE))) {
			history.recordOne(caller, channel, now, job.id(), OVERRIDE_DO_NOT_SERVICE, null, true);
		}
	}

}
