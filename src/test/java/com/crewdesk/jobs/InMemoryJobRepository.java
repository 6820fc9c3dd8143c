package com.crewdesk.jobs;

import com.crewdesk.patch.FieldChange;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Jobs in memory, with the same write semantics as {@code JobStoreImpl}: an update or
 * soft delete is written only when the expected version is still current, and bumps the
 * version. Counts the writes it accepted.
 */
class InMemoryJobRepository implements JobRepository {

	private final Map<UUID, StoredJob> jobs = new LinkedHashMap<>();

	private long nextId = 1;

	private Runnable beforeNextWrite;

	/** Rows written by update/updateAll/markDeleted/markRestored (and inserted). */
	int writes;

	StoredJob add(long companyId, JobValues values) {
		StoredJob job = new StoredJob(nextId++, companyId, values);
		jobs.put(job.uuid(), job);
		return job;
	}

	/** Someone else's write that lands between the service's read and its write. */
	void beforeNextWrite(Runnable concurrentWrite) {
		this.beforeNextWrite = concurrentWrite;
	}

	StoredJob current(UUID uuid) {
		return jobs.get(uuid);
	}

	@Override
	public Optional<StoredJob> find(long companyId, UUID uuid) {
		return Optional.ofNullable(jobs.get(uuid)).filter(job -> job.companyId() == companyId);
	}

	@Override
	public Optional<StoredJob> findByNumber(long companyId, String jobNumber) {
		return jobs.values()
			.stream()
			.filter(job -> job.companyId() == companyId && job.jobNumber().equals(jobNumber))
			.findFirst();
	}

	@Override
	public Map<UUID, StoredJob> findAll(long companyId, Collection<UUID> uuids) {
		Map<UUID, StoredJob> found = new LinkedHashMap<>();
		uuids.forEach(uuid -> find(companyId, uuid).ifPresent(job -> found.put(uuid, job)));
		return found;
	}

	@Override
	public StoredJob insert(long companyId, JobValues values, UUID uuid, String jobNumber, UUID createdBy,
			String createdVia, Instant now) {
		writes++;
		return add(companyId,
				values.with(JobField.UUID, uuid)
					.with(JobField.JOB_NUMBER, jobNumber)
					.with(JobField.VERSION, 0L)
					.with(JobField.CREATED_AT, now)
					.with(JobField.UPDATED_AT, now));
	}

	@Override
	public boolean update(long companyId, PlannedUpdate update, Instant now) {
		concurrentWrite();
		StoredJob job = byId(companyId, update.jobId());
		if (job == null || job.version() != update.expectedVersion()) {
			return false;
		}
		JobValues values = job.values();
		for (FieldChange change : update.changes()) {
			values = values.with(change.field(), change.newValue());
		}
		replace(job, values.with(JobField.UPDATED_AT, now));
		return true;
	}

	@Override
	public int[] updateAll(long companyId, List<PlannedUpdate> updates, Instant now) {
		int[] written = new int[updates.size()];
		for (int i = 0; i < updates.size(); i++) {
			written[i] = update(companyId, updates.get(i), now) ? 1 : 0;
		}
		return written;
	}

	@Override
	public boolean markDeleted(long companyId, long jobId, long expectedVersion, UUID deletedBy, Instant now) {
		concurrentWrite();
		StoredJob job = byId(companyId, jobId);
		if (job == null || job.version() != expectedVersion || job.isDeleted()) {
			return false;
		}
		replace(job,
				job.values()
					.with(JobField.DELETED_AT, now)
					.with(JobField.DELETED_BY, deletedBy)
					.with(JobField.UPDATED_AT, now));
		return true;
	}

	@Override
	public boolean markRestored(long companyId, long jobId, long expectedVersion, Instant now) {
		concurrentWrite();
		StoredJob job = byId(companyId, jobId);
		if (job == null || job.version() != expectedVersion || !job.isDeleted()) {
			return false;
		}
		replace(job,
				job.values()
					.with(JobField.DELETED_AT, null)
					.with(JobField.DELETED_BY, null)
					.with(JobField.UPDATED_AT, now));
		return true;
	}

	private StoredJob byId(long companyId, long jobId) {
		return new ArrayList<>(jobs.values()).stream()
			.filter(job -> job.id() == jobId && job.companyId() == companyId)
			.findFirst()
			.orElse(null);
	}

	private void replace(StoredJob job, JobValues values) {
		writes++;
		jobs.put(job.uuid(),
				new StoredJob(job.id(), job.companyId(), values.with(JobField.VERSION, job.version() + 1)));
	}

	private void concurrentWrite() {
		Runnable write = beforeNextWrite;
		beforeNextWrite = null;
		if (write != null) {
			write.run();
		}
	}

}
