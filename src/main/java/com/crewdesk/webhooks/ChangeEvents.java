package com.crewdesk.webhooks;

import com.crewdesk.patch.CustomerFieldChange;
import com.crewdesk.patch.FieldChange;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the write paths (jobs, customers, batches) tell the webhooks, in the transaction
 * of the change: one call per write. The implementation ({@link Outbox}) writes the
 * events in that transaction, so they commit or roll back with the change.
 */
public interface ChangeEvents {

	/** Tells nobody (services built without Spring in unit tests). */
	ChangeEvents NONE = new ChangeEvents() {
	};

	/** One job's applied changes (a batch item). */
	record JobChange(UUID job, String jobNumber, List<FieldChange> changes) {
	}

	default void jobCreated(long companyId, UUID job, String jobNumber, List<FieldChange> changes) {
	}

	default void jobUpdated(long companyId, UUID job, String jobNumber, List<FieldChange> changes) {
	}

	/** The jobs a batch changed: one job.updated each. */
	default void jobsUpdated(long companyId, List<JobChange> jobs) {
	}

	default void jobDeleted(long companyId, UUID job, String jobNumber, Instant at) {
	}

	default void jobRestored(long companyId, UUID job, String jobNumber) {
	}

	default void customerCreated(long companyId, UUID customer, List<CustomerFieldChange> changes) {
	}

	default void customerUpdated(long companyId, UUID customer, List<CustomerFieldChange> changes) {
	}

	default void customerDeleted(long companyId, UUID customer, Instant at) {
	}

	default void customerRestored(long companyId, UUID customer) {
	}

	/**
	 * A batch edit ended: {@code state} SUCCEEDED (its jobs' job.updated are in the same
	 * transaction) or FAILED (nothing was applied).
	 */
	default void batchFinished(long companyId, UUID batch, String state, int total, int changed, String summary) {
	}

}
