package com.crewdesk.jobs;

import com.crewdesk.patch.FieldChange;
import com.crewdesk.patch.JobValues;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@link JobRepository} can do to jobs: the reads the screens need and exactly the
 * writes the patch engine makes (P1, P14, P15, P17): an insert, a selective UPDATE of the
 * changed columns guarded by the version, and the soft delete and restore. There is no
 * save() that writes a whole job and no hard delete.
 */
public interface JobStore {

	/**
	 * One job's planned write: its changes against the version they were computed from.
	 */
	record PlannedUpdate(long jobId, long expectedVersion, List<FieldChange> changes) {
	}

	Optional<StoredJob> find(long companyId, UUID uuid);

	Optional<StoredJob> findByNumber(long companyId, String jobNumber);

	/**
	 * All of the company's jobs among the given uuids, in one query (other companies' ids
	 * are simply absent).
	 */
	Map<UUID, StoredJob> findAll(long companyId, Collection<UUID> uuids);

	/** A new job with the engine's values, its number and its creation stamps. */
	StoredJob insert(long companyId, JobValues values, UUID uuid, String jobNumber, UUID createdBy, String createdVia,
			Instant now);

	/**
	 * Writes one job's changes; false when the version moved on meanwhile (nothing
	 * written then).
	 */
	boolean update(long companyId, PlannedUpdate update, Instant now);

	/** Writes many jobs' changes; per job 1 when written, 0 when its version moved on. */
	int[] updateAll(long companyId, List<PlannedUpdate> updates, Instant now);

	/** Soft delete (P14); false when the version moved on. */
	boolean markDeleted(long companyId, long jobId, long expectedVersion, UUID deletedBy, Instant now);

	/** Undoes a soft delete; false when the version moved on. */
	boolean markRestored(long companyId, long jobId, long expectedVersion, Instant now);

}
