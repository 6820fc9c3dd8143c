package com.crewdesk.jobs;

import com.crewdesk.ops.OpsMetrics;
import com.crewdesk.patch.JobPatchEngine;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.PatchContext;
import com.crewdesk.patch.PatchOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch edits (P16): every job is validated first, and only a batch without a single error is written,
 * in one transaction, with one batched statement per distinct set of changed columns.
 */
@Service
public class JobBatchService {

	/** Larger batches run in the background (see JobBatchRunner). */
	public static final int MAX_SYNCHRONOUS = 1000;

	private final JobPatchEngine engine = new JobPatchEngine();
	private final JobService jobs;
	private final JobStore store;
	private final JobHistoryWriter history;
	private final JobNotifier notifier;

	JobBatchService(JobService jobs, JobStore store, JobHistoryWriter history, JobNotifier notifier) {
		this.jobs = jobs;
		this.store = store;
		this.history = history;
		this.notifier = notifier;
	}

	/** Validates without writing: what would change, what already matches, what fails and why. */
	@Transactional(readOnly = true)
	public BatchPlan preview(Caller caller, Map<UUID, Patch> patches, boolean notify) {
		return plan(caller, patches, notify);
	}

	/** Applies the whole batch or nothing; throws {@link BatchRejectedException} with per-job errors. */
	@Transactional
	public BatchResult apply(Caller caller, Map<UUID, Patch> patches, boolean notify, Channel channel) {
		long started = System.nanoTime();
		BatchPlan plan = plan(caller, patches, notify);
		OpsMetrics.batchPatches(channel.code(), plan.valid() ? plan.changing().size() : 0, plan.unchanged().size(), plan.errors().size());
		if (!plan.valid()) {
			throw new BatchRejectedException(plan.errors(), plan.forbidden());
		}
		write(caller, plan, notify, channel);
		OpsMetrics.batchFinished("request", patches.size(), Duration.ofNanos(System.nanoTime() - started));
		return new BatchResult(plan.changing().stream().map(item -> item.job().uuid()).toList(), plan.unchanged());
	}

	BatchPlan plan(Caller caller, Map<UUID, Patch> patches, boolean notify) {
		JobService.requireManager(caller, "batch edit");
		Map<UUID, StoredJob> found = store.findAll(caller.companyId(), patches.keySet());
		PatchContext context = jobs.context(caller, patches.values());
		List<BatchPlan.Item> changing = new ArrayList<>();
		List<UUID> unchanged = new ArrayList<>();
		Map<String, Map<String, List<String>>> errors = new LinkedHashMap<>();
		boolean forbidden = true;
		for (Map.Entry<UUID, Patch> entry : patches.entrySet()) {
			StoredJob job = found.get(entry.getKey());
			if (job == null || job.isDeleted()) {
				errors.put(entry.getKey().toString(), Map.of("job", List.of(job == null ? "not found" : "was deleted")));
				forbidden = false;
				continue;
			}
			if (entry.getValue().isPresent("customer")) {
				errors.put(entry.getKey().toString(),
						Map.of("customer", List.of("cannot be changed in a batch edit; update the customer itself")));
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
		return new BatchPlan(changing, unchanged, errors, forbidden && !errors.isEmpty());
	}

	void write(Caller caller, BatchPlan plan, boolean notify, Channel channel) {
		var now = JobService.now();
		List<JobStore.PlannedUpdate> updates = plan.changing().stream()
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
			// Thrown inside the transaction: the rows already updated are rolled back with it.
			throw new BatchRejectedException(conflicts, false);
		}
		history.record(caller, channel, now, plan.changing().stream()
			.map(item -> new JobHistoryWriter.AppliedChanges(item.job().id(), item.applied().changes()))
			.toList());
		if (notify) {
			notifier.notifySummarised(caller.companyId(), plan.changing().stream()
				.map(item -> new JobNotifier.JobIntents(item.job().id(), item.job().jobNumber(), item.applied().after().title(),
						item.applied().notifications()))
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
