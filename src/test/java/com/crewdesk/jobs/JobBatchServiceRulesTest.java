package com.crewdesk.jobs;

import static com.crewdesk.jobs.InMemoryJobServices.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewdesk.patch.Actor;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.Role;
import com.crewdesk.security.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * P16 at service level: JobBatchService over an in-memory store, no Spring, no database.
 */
class JobBatchServiceRulesTest {

	final InMemoryJobServices services = new InMemoryJobServices();

	final JobBatchService batches = services.batches;

	@Test
	void batchWithOneBadJobWritesNothing() {
		StoredJob good = services.job("Fix roof");
		StoredJob bad = services.job("Fix gutter");
		Map<UUID, Patch> patches = patches(good, Map.of("priority", "High"), bad, Map.of("status", "Nope"));

		assertThatThrownBy(() -> batches.apply(DISPATCHER, patches, true, Channel.BATCH, Map.of()))
			.isInstanceOfSatisfying(BatchRejectedException.class, ex -> {
				assertThat(ex.errors()).containsOnlyKeys(bad.uuid().toString());
				assertThat(ex.errors().get(bad.uuid().toString())).containsKey("status");
				assertThat(ex.forbidden()).isFalse();
			});
		assertThat(services.store.writes).isZero();
		assertThat(services.history).isEmpty();
		assertThat(services.stored(good).priority().label()).isEqualTo("Normal");
	}

	@Test
	void everyJobIsValidatedFirstAndEachErrorIsReportedPerJob() {
		StoredJob first = services.job("Fix roof");
		StoredJob second = services.job("Fix gutter");
		UUID missing = UUID.randomUUID();
		Map<UUID, Patch> patches = patches(first, Map.of("status", "Nope"), second, Map.of("title", ""));
		patches.put(missing, Patch.of(Map.of("priority", "High")));

		BatchPlan plan = batches.preview(DISPATCHER, patches, true);

		assertThat(plan.errors()).containsOnlyKeys(first.uuid().toString(), second.uuid().toString(),
				missing.toString());
		assertThat(plan.errors().get(missing.toString())).containsEntry("job", List.of("not found"));
		assertThat(services.store.writes).isZero();
	}

	@Test
	void aValidBatchWritesEveryJobWithItsHistory() {
		StoredJob first = services.job("Fix roof");
		StoredJob second = services.job("Fix gutter");
		StoredJob same = services.job("Fix porch");
		Map<UUID, Patch> patches = patches(first, Map.of("priority", "High"), second, Map.of("priority", "High"));
		patches.put(same.uuid(), Patch.of(Map.of("priority", "Normal")));

		BatchResult result = batches.apply(DISPATCHER, patches, true, Channel.BATCH, Map.of());

		assertThat(result.changed()).containsExactly(first.uuid(), second.uuid());
		assertThat(result.unchanged()).containsExactly(same.uuid());
		assertThat(services.stored(first).priority().label()).isEqualTo("High");
		assertThat(services.stored(second).get(JobField.VERSION)).isEqualTo(1L);
		assertThat(services.stored(same).get(JobField.VERSION)).isEqualTo(0L);
		assertThat(services.history).hasSize(2).allMatch(row -> row.channel() == Channel.BATCH);
	}

	@Test
	void aJobChangedSincePreviewIsRefused() {
		StoredJob first = services.job("Fix roof");
		StoredJob second = services.job("Fix gutter");
		Map<UUID, Patch> patches = patches(first, Map.of("priority", "High"), second, Map.of("priority", "High"));
		Map<UUID, Long> previewed = batches.preview(DISPATCHER, patches, true).versions();
		services.jobs.update(DISPATCHER, second.uuid(), Patch.of(Map.of("title", "Someone else's title")), null,
				Channel.UI);
		int writes = services.store.writes;

		assertThatThrownBy(() -> batches.apply(DISPATCHER, patches, true, Channel.BATCH, previewed))
			.isInstanceOfSatisfying(BatchRejectedException.class,
					ex -> assertThat(ex.errors()).containsOnlyKeys(second.uuid().toString())
						.containsEntry(second.uuid().toString(),
								Map.of("job", List.of(JobBatchService.CHANGED_SINCE_PREVIEW))));
		assertThat(services.store.writes).isEqualTo(writes);
		assertThat(services.stored(first).priority().label()).isEqualTo("Normal");
	}

	@Test
	void aJobThatWasNotPreviewedIsRefused() {
		StoredJob first = services.job("Fix roof");
		StoredJob second = services.job("Fix gutter");
		Map<UUID, Long> previewed = Map.of(first.uuid(), first.version());

		assertThatThrownBy(() -> batches.apply(DISPATCHER,
				patches(first, Map.of("priority", "High"), second, Map.of("priority", "High")), true, Channel.BATCH,
				previewed))
			.isInstanceOfSatisfying(BatchRejectedException.class, ex -> assertThat(ex.errors())
				.containsEntry(second.uuid().toString(), Map.of("job", List.of(JobBatchService.NOT_PREVIEWED))));
		assertThat(services.store.writes).isZero();
	}

	@Test
	void aBatchOfOnlyForbiddenChangesIsForbidden() {
		StoredJob job = services.job("Fix roof");
		Caller viewer = new Caller(InMemoryJobServices.COMPANY, Actor.staff(UUID.randomUUID(), Role.VIEWER));

		assertThatThrownBy(() -> batches.apply(viewer, patches(job, Map.of("priority", "High"), null, null), true,
				Channel.BATCH, Map.of()))
			.isInstanceOfSatisfying(PatchRejectedException.class,
					ex -> assertThat(ex.violations().forbidden()).isTrue());
		assertThat(services.store.writes).isZero();
	}

	@Test
	void oneThresholdDecidesWhichBatchesRunInTheBackground() {
		assertThat(JobBatchService.runsInBackground(JobBatchService.MAX_SYNCHRONOUS, false)).isFalse();
		assertThat(JobBatchService.runsInBackground(JobBatchService.MAX_SYNCHRONOUS + 1, false)).isTrue();
		assertThat(JobBatchService.runsInBackground(1, true)).isTrue();
	}

	private static Map<UUID, Patch> patches(StoredJob first, Map<String, Object> firstPatch, StoredJob second,
			Map<String, Object> secondPatch) {
		Map<UUID, Patch> patches = new LinkedHashMap<>();
		patches.put(first.uuid(), Patch.of(firstPatch));
		if (second != null) {
			patches.put(second.uuid(), Patch.of(secondPatch));
		}
		return patches;
	}

}
