package com.crewdesk.jobs;

import com.crewdesk.patch.Actor;
import com.crewdesk.patch.CompanyRules;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobPatchEngine;
import com.crewdesk.patch.JobValues;
import com.crewdesk.patch.ReferenceLookup;
import com.crewdesk.patch.ReferencedIds;
import com.crewdesk.patch.Role;
import com.crewdesk.security.Caller;
import com.crewdesk.webhooks.ChangeEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link JobService} and {@link JobBatchService} over an in-memory job store, without
 * Spring or a database: the history and notifications they write are kept in lists, the
 * company has no custom fields and one active customer and technician.
 */
final class InMemoryJobServices {

	static final long COMPANY = 7;
	static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
	static final UUID TECHNICIAN = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
	static final Caller DISPATCHER = new Caller(COMPANY,
			Actor.staff(UUID.fromString("00000000-0000-0000-0000-0000000000d1"), Role.DISPATCHER));

	/** One history row as {@link JobHistoryWriter} would insert it. */
	record HistoryRow(long jobId, String field, Object oldRaw, Object newRaw, Channel channel) {
	}

	final InMemoryJobRepository store = new InMemoryJobRepository();

	final List<HistoryRow> history = new ArrayList<>();

	final List<JobNotifier.JobIntents> notifications = new ArrayList<>();

	final JobService jobs;

	final JobBatchService batches;

	private int created;

	InMemoryJobServices() {
		JobHistoryWriter historyWriter = new RecordingHistory();
		jobs = new JobService(store, new NumbersInMemory(), historyWriter, new RecordingNotifier(),
				new NestedCustomerPatches(null, historyWriter, ChangeEvents.NONE), new CompanyInMemory(),
				ChangeEvents.NONE);
		batches = new JobBatchService(jobs, store, historyWriter, new RecordingNotifier(), ChangeEvents.NONE);
	}

	/**
	 * A stored, scheduled job of the company for CUSTOMER, assigned to TECHNICIAN, at
	 * version 0.
	 */
	StoredJob job(String title) {
		created++;
		return store.add(COMPANY,
				JobPatchEngine.creationDefaults()
					.with(JobField.UUID, UUID.randomUUID())
					.with(JobField.JOB_NUMBER, JobNumberSequence.format(created))
					.with(JobField.TITLE, title)
					.with(JobField.CUSTOMER_UUID, CUSTOMER)
					.with(JobField.ASSIGNED_TO_USER_ID, TECHNICIAN)
					.with(JobField.VERSION, 0L));
	}

	JobValues stored(StoredJob job) {
		return store.current(job.uuid()).values();
	}

	private final class RecordingHistory extends JobHistoryWriter {

		RecordingHistory() {
			super(null, null);
		}

		@Override
		void record(Caller caller, Channel channel, Instant at, List<AppliedChanges> applied) {
			applied.forEach(job -> job.changes()
				.forEach(change -> history.add(new HistoryRow(job.jobId(), change.field().apiName(), change.oldRaw(),
						change.newRaw(), channel))));
		}

		@Override
		void recordOne(Caller caller, Channel channel, Instant at, long jobId, String field, Object oldRaw,
				Object newRaw) {
			history.add(new HistoryRow(jobId, field, oldRaw, newRaw, channel));
		}

	}

	private final class RecordingNotifier extends JobNotifier {

		RecordingNotifier() {
			super(null);
		}

		@Override
		void notifyEach(long companyId, JobIntents job) {
			if (!job.intents().isEmpty()) {
				notifications.add(job);
			}
		}

		@Override
		void notifySummarised(long companyId, List<JobIntents> jobs) {
			jobs.forEach(job -> notifyEach(companyId, job));
		}

	}

	private static final class NumbersInMemory extends JobNumberSequence {

		private long last;

		NumbersInMemory() {
			super(null);
		}

		@Override
		public String next(long companyId) {
			return format(++last);
		}

	}

	private static final class CompanyInMemory implements JobService.CompanyFacts {

		@Override
		public CompanyRules rulesFor(long companyId) {
			return new CompanyRules(false, List.of(), Set.of());
		}

		@Override
		public ReferenceLookup references(long companyId, ReferencedIds ids) {
			return new ReferenceLookup() {

				@Override
				public boolean isActiveCustomer(UUID id) {
					return CUSTOMER.equals(id);
				}

				@Override
				public boolean isActiveLocation(UUID id) {
					return false;
				}

				@Override
				public boolean isActiveStaff(UUID id) {
					return TECHNICIAN.equals(id);
				}

				@Override
				public Optional<UUID> activeStaffIdByEmail(String email) {
					return Optional.empty();
				}
			};
		}

	}

}
