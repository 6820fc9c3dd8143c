package com.crewdesk.jobs;

import com.crewdesk.ops.OpsMetrics;
import com.crewdesk.patch.JobPatchEngine;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.PatchContext;
import com.crewdesk.patch.PatchOutcome;
import com.crewdesk.security.Caller;
import com.crewdesk.webhooks.ChangeEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch edits (P16): every job is validated first, and only a batch without a single
 * error is written, in one transaction, with one batched statement per distinct set of
 * changed columns.
 */
@Service
public class JobBatchService {

	/**
	 * More jobs than this run in the background (JobBatchRunner); this many or fewer
	 * within the request.
	 */
	public static final int MAX_SYNCHRONOUS = 1000;

	/**
	 * The engine judges this many jobs at a time; a background batch reports its progress
	 * after each.
	 */
	static final int CHUNK = 1000;

	static final String CHANGED_SINCE_PREVIEW = "changed since you previewed it";
	static final String NOT_PREVIEWED = "was not in the preview; preview again";

	private static final String CUSTOMER_IN_BATCH = "cannot be changed in a batch edit; update the customer itself";

	private final JobPatchEngine engine = new JobPatchEngine();

	private final JobService jobs;

	private final JobRepository store;

	private final JobHistoryWriter history;

	private final JobNotifier notifier;

	private final ChangeEvents events;

	JobBatchService(JobService jobs, JobRepository store, JobHistoryWriter history, JobNotifier notifier,
			ChangeEvents events) {
		this.events = events;
		this.jobs = jobs;
		this.store = store;
		this.history = history;
		this.notifier = notifier;
	}

	/**
	 * The one threshold between a batch applied within the request and one run in the
	 * background (P16).
	 */
	public static boolean runsInBackground(int jobCount, boolean askedForBackground) {
		return askedForBackground || jobCount > MAX_SYNCHRONOUS;
	}

	/**
	 * Validates without writing: what would change, what already matches, what fails and
	 * why.
	 */
	@Transactional(readOnly = true)
	public BatchPlan preview(Caller caller, Map<UUID, Patch> patches, boolean notify) {
		return check(caller, patches, notify, Map.of());
	}

	/**
	 * Validates without writing against previewed versions: what an apply of the same
	 * batch would meet now.
	 */
	@Transactional(readOnly = true)
	public BatchPlan check(Caller caller, Map<UUID, Patch> patches, boolean notify, Map<UUID, Long> previewed) {
		return plan(caller, patches, notify, previewed, done -> {
		});
	}

	/**
	 * Applies the whole batch or nothing; throws {@link BatchRejectedException} with
	 * per-job errors. With {@code previewed} versions (a preview the person saw), a job
	 * changed since is one of those errors.
	 */
	@Transactional
	public BatchResult apply(Caller caller, Map<UUID, Patch> patches, boolean notify, Channel channel,
			Map<UUID, Long> previewed) {
		long started = System.nanoTime();
		BatchPlan plan = plan(caller, patches, notify, previewed, done -> {
		});
		OpsMetrics.batchPatches(channel.code(), plan.valid() ? plan.changing().size() : 0, plan.unchanged().size(),
				plan.errors().size());
		if (!plan.valid()) {
			throw new BatchRejectedException(plan.errors(), plan.forbidden());
		}
		write(caller, plan, notify, channel);
		events.batchFinished(caller.companyId(), UUID.randomUUID(), "SUCCEEDED", patches.size(), plan.changing().size(),
				plan.changing().size() + " job(s) changed");
		OpsMetrics.batchFinished("request", patches.size(), Duration.ofNanos(System.nanoTime() - started));
		return new BatchResult(plan.changing().stream().map(item -> item.job().uuid()).toList(), plan.unchanged());
	}

	/**
	 * Judges every job of the batch, {@link #CHUNK} at a time, telling {@code progress}
	 * how many are done. With {@code previewed} versions, a job whose version moved on
	 * (or that was not previewed) is an error.
	 */
	BatchPlan plan(Caller caller, Map<UUID, Patch> patches, boolean notify, Map<UUID, Long> previewed,
			IntConsumer progress) {
		JobService.requireManager(caller, "batch edit");
		List<BatchPlan.Item> changing = new ArrayList<>();
		List<UUID> unchanged = new ArrayList<>();
		Map<String, Map<String, List<String>>> errors = new LinkedHashMap<>();
		Map<UUID, Long> versions = new LinkedHashMap<>();
		boolean forbidden = true;
		List<Map.Entry<UUID, Patch>> entries = new ArrayList<>(patches.entrySet());
		for (int start = 0; start < entries.size(); start += CHUNK) {
			List<Map.Entry<UUID, Patch>> chunk = entries.subList(start, Math.min(entries.size(), start + CHUNK));
			Map<UUID, StoredJob> found = store.findAll(caller.companyId(),
					chunk.stream().map(Map.Entry::getKey).toList());
			PatchContext context = jobs.context(caller, chunk.stream().map(Map.Entry::getValue).toList());
			for (Map.Entry<UUID, Patch> entry : chunk) {
				StoredJob job = found.get(entry.getKey());
				Map<String, List<String>> refusal = refusal(job, entry.getValue(), previewed);
				if (job != null) {
					versions.put(job.uuid(), job.version());
				}
				if (refusal != null) {
					errors.put(entry.getKey().toString(), refusal);
					forbidden = false;
					continue;
				}
				PatchOutcome outcome = engine.update(job.values(), withNotify(entry.getValue(), notify), context);
				if (outcome instanceof PatchOutcome.Rejected rejected) {
					errors.put(entry.getKey().toString(), rejected.violations().byField());
					forbidden &= rejected.violations().forbidden();
				}
				else if (((PatchOutcome.Applied) outcome).changes().isEmpty()) {
					unchanged.add(job.uuid());
				}
				else {
					changing.add(new BatchPlan.Item(job, (PatchOutcome.Applied) outcome));
				}
			}
			progress.accept(Math.min(entries.size(), start + CHUNK));
		}
		return new BatchPlan(changing, unchanged, errors, forbidden && !errors.isEmpty(), versions);
	}

	/**
	 * Why this job cannot be in the batch at all, before the engine looks at its patch
	 * (field → message), or null.
	 */
	private static Map<String, List<String>> refusal(StoredJob job, Patch patch, Map<UUID, Long> previewed) {
		if (job == null) {
			return Map.of("job", List.of("not found"));
		}
		if (job.isDeleted()) {
			return Map.of("job", List.of("was deleted"));
		}
		if (!previewed.isEmpty()) {
			Long seen = previewed.get(job.uuid());
			if (seen == null) {
				return Map.of("job", List.of(NOT_PREVIEWED));
			}
			if (seen != job.version()) {
				return Map.of("job", List.of(CHANGED_SINCE_PREVIEW));
			}
		}
		return patch.isPresent("customer") ? Map.of("customer", List.of(CUSTOMER_IN_BATCH)) : null;
	}

	/**
	 * Writes jobs the engine already judged elsewhere (a re-import): the changed columns
	 * under each job's version, one history row per changed field, no notifications. A
	 * job changed meanwhile throws {@link BatchRejectedException} (the caller's
	 * transaction rolls back).
	 */
	public void writeJudged(Caller caller, List<BatchPlan.Item> changing, Channel channel) {
		if (!changing.isEmpty()) {
			write(caller, new BatchPlan(changing, List.of(), Map.of(), false, Map.of()), false, channel);
		}
	}

	void write(Caller caller, BatchPlan plan, boolean notify, Channel channel) {
		var now = JobService.now();
		List<JobStore.PlannedUpdate> updates = plan.changing()
			.stream()
			.map(item -> new JobStore.PlannedUpdate(item.job().id(), item.job().version(), item.applied().changes()))
			.toList();
		int[] written = store.updateAll(caller.companyId(), updates, now);
		Map<String, Map<String, List<String>>> conflicts = new LinkedHashMap<>();
		for (int i = 0; i < written.length; i++) {
			if (written[i] != 1) {
				conflicts.put(plan.changing().get(i).job().uuid().toString(),
						Map.of("version", List.of("the job was changed by someone else meanwhile")));
			}
		}
		if (!conflicts.isEmpty()) {
			// Thrown inside the transaction: the rows already updated are rolled back
			// with it.
			throw new BatchRejectedException(conflicts, false);
		}
		history.record(caller, channel, now,
				plan.changing()
					.stream()
					.map(item -> new JobHistoryWriter.AppliedChanges(item.job().id(), item.applied().changes()))
					.toList());
		events.jobsUpdated(caller.companyId(),
				plan.changing()
					.stream()
					.map(item -> new ChangeEvents.JobChange(item.job().uuid(), item.job().jobNumber(),
							item.applied().changes()))
					.toList());
		if (notify) {
			notifier.notifySummarised(caller.companyId(),
					plan.changing()
						.stream()
						.map(item -> new JobNotifier.JobIntents(item.job().id(), item.job().jobNumber(),
								item.applied().after().title(), item.applied().notifications()))
						.toList());
		}
	}

	private static Patch withNotify(Patch patch, boolean notify) {
		if (patch.isPresent("notify")) {
			return patch;
		}
		Map<String, Object> raw = new LinkedHashMap<>(patch.asMap());
		raw.put("notify", notify);
		return Patch.of(raw);
	}

}
