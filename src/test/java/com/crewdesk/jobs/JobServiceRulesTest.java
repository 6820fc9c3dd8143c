package com.crewdesk.jobs;

import static com.crewdesk.jobs.InMemoryJobServices.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewdesk.jobs.InMemoryJobServices.HistoryRow;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.Patch;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * P14, P15 and P17 at service level: JobService over an in-memory store, no Spring, no
 * database.
 */
class JobServiceRulesTest {

	final InMemoryJobServices services = new InMemoryJobServices();

	final JobService jobs = services.jobs;

	// P14: delete is soft

	@Test
	void softDeletedJobRefusesPatchesUntilRestored() {
		StoredJob job = services.job("Fix roof");
		jobs.softDelete(DISPATCHER, job.uuid(), null);

		assertThatThrownBy(() -> jobs.update(DISPATCHER, job.uuid(), title("Renamed"), null, Channel.API))
			.isInstanceOf(JobNotFoundException.class);
		assertThat(services.stored(job).title()).isEqualTo("Fix roof");

		jobs.restore(DISPATCHER, job.uuid());
		jobs.update(DISPATCHER, job.uuid(), title("Renamed"), null, Channel.API);

		assertThat(services.stored(job).title()).isEqualTo("Renamed");
	}

	@Test
	void softDeleteKeepsTheJobAndStampsWhoAndWhen() {
		StoredJob job = services.job("Fix roof");

		StoredJob deleted = jobs.softDelete(DISPATCHER, job.uuid(), null);

		assertThat(services.store.current(job.uuid())).isNotNull();
		assertThat(deleted.deletedAt()).isNotNull();
		assertThat(deleted.values().get(JobField.DELETED_BY)).isEqualTo(DISPATCHER.staffId());
		assertThat(services.history).extracting(HistoryRow::field).containsExactly("deleted_at");
	}

	@Test
	void softDeleteAgainstAStaleVersionDeletesNothing() {
		StoredJob job = services.job("Fix roof");
		jobs.update(DISPATCHER, job.uuid(), title("Renamed"), null, Channel.API);

		assertThatThrownBy(() -> jobs.softDelete(DISPATCHER, job.uuid(), job.version()))
			.isInstanceOf(StaleJobException.class);
		assertThat(services.stored(job).get(JobField.DELETED_AT)).isNull();
	}

	// P15: a stale version writes nothing

	@Test
	void patchAgainstAStaleVersionWritesNothing() {
		StoredJob job = services.job("Fix roof");
		jobs.update(DISPATCHER, job.uuid(), title("Theirs"), job.version(), Channel.API);
		int writes = services.store.writes;
		int historyRows = services.history.size();

		assertThatThrownBy(() -> jobs.update(DISPATCHER, job.uuid(), title("Mine"), job.version(), Channel.API))
			.isInstanceOf(StaleJobException.class)
			.satisfies(ex -> assertThat(((StaleJobException) ex).current().version()).isEqualTo(1));
		assertThat(services.stored(job).title()).isEqualTo("Theirs");
		assertThat(services.store.writes).isEqualTo(writes);
		assertThat(services.history).hasSize(historyRows);
	}

	@Test
	void aWriteThatLandsBetweenReadAndWriteMakesAVersionedPatchStale() {
		StoredJob job = services.job("Fix roof");
		services.store.beforeNextWrite(
				() -> jobs.update(DISPATCHER, job.uuid(), Patch.of(Map.of("priority", "High")), null, Channel.API));

		assertThatThrownBy(() -> jobs.update(DISPATCHER, job.uuid(), title("Mine"), job.version(), Channel.API))
			.isInstanceOf(StaleJobException.class);
		assertThat(services.stored(job).title()).isEqualTo("Fix roof");
	}

	@Test
	void withoutAVersionAClashIsRetriedSoBothChangesTakeEffect() {
		StoredJob job = services.job("Fix roof");
		services.store.beforeNextWrite(
				() -> jobs.update(DISPATCHER, job.uuid(), Patch.of(Map.of("priority", "High")), null, Channel.API));

		jobs.update(DISPATCHER, job.uuid(), title("Mine"), null, Channel.API);

		assertThat(services.stored(job).title()).isEqualTo("Mine");
		assertThat(services.stored(job).priority().label()).isEqualTo("High");
		assertThat(services.stored(job).get(JobField.VERSION)).isEqualTo(2L);
	}

	// P17: history of every applied patch, nothing for a patch that changes nothing

	@Test
	void patchThatChangesNothingWritesNoHistoryAndKeepsTheVersion() {
		StoredJob job = services.job("Fix roof");

		StoredJob after = jobs.update(DISPATCHER, job.uuid(), title("Fix roof"), job.version(), Channel.API);

		assertThat(after.version()).isEqualTo(job.version());
		assertThat(services.store.writes).isZero();
		assertThat(services.history).isEmpty();
	}

	@Test
	void everyChangedFieldWritesOneHistoryEntryWithOldAndNewValueAndChannel() {
		StoredJob job = services.job("Fix roof");

		jobs.update(DISPATCHER, job.uuid(),
				Patch.of(Map.of("title", "Fix the roof", "priority", "High", "description", "")), null, Channel.INLINE);

		assertThat(services.history).containsExactlyInAnyOrder(
				new HistoryRow(job.id(), "title", "Fix roof", "Fix the roof", Channel.INLINE),
				new HistoryRow(job.id(), "priority", "Normal", "High", Channel.INLINE));
		assertThat(services.stored(job).get(JobField.VERSION)).isEqualTo(1L);
	}

	@Test
	void creatingAJobWritesOneCreatedEntryNotOnePerDefault() {
		StoredJob job = jobs.create(DISPATCHER, Patch.of(Map.of("title", "Fix roof", "customer_uuid",
				InMemoryJobServices.CUSTOMER.toString(), "priority", "High")), Channel.API);

		assertThat(services.history).containsExactly(new HistoryRow(job.id(), "created", null, null, Channel.API));
	}

	@Test
	void aRefusedPatchWritesNoHistory() {
		StoredJob job = services.job("Fix roof");

		assertThatThrownBy(() -> jobs.update(DISPATCHER, job.uuid(), Patch.of(Map.of("title", "New", "status", "Nope")),
				null, Channel.API))
			.isInstanceOf(PatchRejectedException.class);
		assertThat(services.store.writes).isZero();
		assertThat(services.history).isEmpty();
	}

	private static Patch title(String title) {
		return Patch.of(Map.of("title", title));
	}

}
