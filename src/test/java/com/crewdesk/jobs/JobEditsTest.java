package com.crewdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.jobs.JobEdit.Decision;
import com.crewdesk.jobs.JobEdit.FieldEdit;
import com.crewdesk.patch.Actor;
import com.crewdesk.patch.CompanyRules;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobPatchEngine;
import com.crewdesk.patch.JobValues;
import com.crewdesk.patch.PatchContext;
import com.crewdesk.patch.ReferenceLookup;
import com.crewdesk.patch.Role;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * P15 for people's edits: what is merged, what is a conflict, and what a decision does.
 */
class JobEditsTest {

	static final PatchContext CONTEXT = new PatchContext(Actor.staff(UUID.randomUUID(), Role.DISPATCHER),
			new CompanyRules(false, List.of(), Set.of()), new NoReferences(), Instant.parse("2026-03-02T09:30:00Z"));

	/**
	 * The job at version 2: someone renamed it from "A" to "Theirs" and changed the
	 * description.
	 */
	static final JobValues CURRENT = JobPatchEngine.creationDefaults()
		.with(JobField.TITLE, "Theirs")
		.with(JobField.DESCRIPTION, "Changed")
		.with(JobField.VERSION, 2L);

	@Test
	void anEditOnTheCurrentVersionNeverConflicts() {
		JobEdit edit = edit(2, Map.of("title", new FieldEdit("Theirs", "Mine")), Map.of(), null);

		assertThat(JobEdits.conflicts(CURRENT, edit, CONTEXT)).isEmpty();
	}

	@Test
	void aFieldBothSidesChangedToDifferentValuesIsAConflict() {
		JobEdit edit = edit(1, fields("title", "A", "Mine", "priority", "Normal", "High"), Map.of(), null);

		assertThat(JobEdits.conflicts(CURRENT, edit, CONTEXT)).containsExactly("title");
	}

	@Test
	void aFieldOnlySomeoneElseChangedIsMergedNotOverwritten() {
		JobEdit edit = edit(1, fields("priority", "Normal", "High"), Map.of(), null);

		assertThat(JobEdits.conflicts(CURRENT, edit, CONTEXT)).isEmpty();
		assertThat(JobEdits.patch(CURRENT, edit).asMap()).containsOnlyKeys("priority");
	}

	@Test
	void bothSidesChangingAFieldToTheSameValueIsNoConflict() {
		JobEdit edit = edit(1, fields("title", "A", "Theirs"), Map.of(), null);

		assertThat(JobEdits.conflicts(CURRENT, edit, CONTEXT)).isEmpty();
	}

	@Test
	void savingAgainWithoutAChoiceIsStillAConflict() {
		JobEdit edit = edit(1, fields("title", "A", "Mine"), Map.of(), 2L);

		assertThat(JobEdits.conflicts(CURRENT, edit, CONTEXT)).containsExactly("title");
	}

	@Test
	void keepingMineOnTheCurrentVersionWritesMine() {
		JobEdit edit = edit(1, fields("title", "A", "Mine"), Map.of("title", Decision.KEEP_MINE), 2L);

		assertThat(JobEdits.conflicts(CURRENT, edit, CONTEXT)).isEmpty();
		assertThat(JobEdits.patch(CURRENT, edit).raw("title")).isEqualTo("Mine");
	}

	@Test
	void takingTheirsLeavesTheFieldOutOfThePatch() {
		JobEdit edit = edit(1, fields("title", "A", "Mine", "priority", "Normal", "High"),
				Map.of("title", Decision.TAKE_THEIRS), 2L);

		assertThat(JobEdits.conflicts(CURRENT, edit, CONTEXT)).isEmpty();
		assertThat(JobEdits.patch(CURRENT, edit).asMap()).containsOnlyKeys("priority");
	}

	@Test
	void aDecisionMadeOnAnOlderVersionNoLongerCounts() {
		JobEdit edit = edit(1, fields("title", "A", "Mine"), Map.of("title", Decision.KEEP_MINE), 1L);

		assertThat(JobEdits.conflicts(CURRENT, edit, CONTEXT)).containsExactly("title");
	}

	private static Map<String, FieldEdit> fields(String... triples) {
		Map<String, FieldEdit> fields = new LinkedHashMap<>();
		for (int i = 0; i < triples.length; i += 3) {
			fields.put(triples[i], new FieldEdit(triples[i + 1], triples[i + 2]));
		}
		return fields;
	}

	private static JobEdit edit(long base, Map<String, FieldEdit> fields, Map<String, Decision> decisions,
			Long decidedAt) {
		return new JobEdit(base, fields, decisions, decidedAt, null);
	}

	/** No field in these tests refers to another row. */
	static final class NoReferences implements ReferenceLookup {

		@Override
		public boolean isActiveCustomer(UUID id) {
			return false;
		}

		@Override
		public boolean isActiveLocation(UUID id) {
			return false;
		}

		@Override
		public boolean isActiveStaff(UUID id) {
			return false;
		}

		@Override
		public Optional<UUID> activeStaffIdByEmail(String email) {
			return Optional.empty();
		}

	}

}
