package com.crewdesk.patch;

import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobStatus;
import com.crewdesk.patch.JobType;
import com.crewdesk.patch.Role;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A company, its people and a stored job, shared by the patch engine tests. */
final class JobFixtures {

	static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
	static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
	static final UUID OTHER_CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
	static final UUID FOREIGN_CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
	static final UUID LOCATION = UUID.fromString("00000000-0000-0000-0000-00000000001a");
	static final UUID DISPATCHER = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
	static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
	static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
	static final UUID FOREIGN_STAFF = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
	static final String ALICE_EMAIL = "alice@crew.test";
	static final String BOB_EMAIL = "bob@crew.test";

	static final List<CustomFieldDefinition> CUSTOM_FIELDS = List.of(
			new CustomFieldDefinition("PO_Number", "PO number", CustomFieldType.TEXT, List.of(), false),
			new CustomFieldDefinition("Department", "Department", CustomFieldType.SELECT,
					List.of("Facilities", "Sales"), false),
			new CustomFieldDefinition("Budget", "Budget", CustomFieldType.NUMBER, List.of(), false),
			new CustomFieldDefinition("Deadline", "Deadline", CustomFieldType.DATE, List.of(), false));
	static final Set<String> CUSTOMER_TAGS = Set.of("vip", "roof", "Gate code");
	static final Set<String> STEPS = Set.of("site_visit", "permit", "final_inspection");

	static final JobPatchEngine ENGINE = new JobPatchEngine();

	private JobFixtures() {
	}

	static FakeReferences references() {
		return new FakeReferences().customer(CUSTOMER)
			.customer(OTHER_CUSTOMER)
			.location(LOCATION)
			.staff("dispatch@crew.test", DISPATCHER)
			.staff(ALICE_EMAIL, ALICE)
			.staff(BOB_EMAIL, BOB);
	}

	static CompanyRules company(boolean workersEditJob) {
		return new CompanyRules(workersEditJob, CUSTOM_FIELDS, STEPS, List.of(), CUSTOMER_TAGS);
	}

	static PatchContext asDispatcher() {
		return as(Actor.staff(DISPATCHER, Role.DISPATCHER));
	}

	static PatchContext as(Actor actor) {
		return new PatchContext(actor, company(false), references(), NOW);
	}

	static PatchContext asTechnician(UUID staffId, boolean workersEditJob) {
		return new PatchContext(Actor.staff(staffId, Role.TECHNICIAN), company(workersEditJob), references(), NOW);
	}

	/** A scheduled job for CUSTOMER, assigned to ALICE. */
	static JobValues storedJob() {
		Map<JobField, Object> values = new EnumMap<>(JobField.class);
		values.put(JobField.UUID, UUID.fromString("00000000-0000-0000-0000-000000000b01"));
		values.put(JobField.JOB_NUMBER, "JOB-000123");
		values.put(JobField.TITLE, "Replace kitchen faucet");
		values.put(JobField.STATUS, JobStatus.SCHEDULED);
		values.put(JobField.PRIORITY, JobPriority.NORMAL);
		values.put(JobField.JOB_TYPE, JobType.RESIDENTIAL);
		values.put(JobField.CUSTOMER_UUID, CUSTOMER);
		values.put(JobField.ASSIGNED_TO_USER_ID, ALICE);
		values.put(JobField.DESCRIPTION, "Leaks under the sink");
		values.put(JobField.VERSION, 3L);
		return JobValues.of(values);
	}

	static Patch patch(Object... nameValuePairs) {
		Patch.Builder builder = Patch.builder();
		for (int i = 0; i < nameValuePairs.length; i += 2) {
			builder.set((String) nameValuePairs[i], nameValuePairs[i + 1]);
		}
		return builder.build();
	}

	static PatchOutcome.Applied applied(PatchOutcome outcome) {
		if (outcome instanceof PatchOutcome.Applied applied) {
			return applied;
		}
		throw new AssertionError("expected Applied but was " + outcome);
	}

	static Violations rejected(PatchOutcome outcome) {
		if (outcome instanceof PatchOutcome.Rejected rejected) {
			return rejected.violations();
		}
		throw new AssertionError("expected Rejected but was " + outcome);
	}

	static PatchOutcome update(Patch patch) {
		return ENGINE.update(storedJob(), patch, asDispatcher());
	}

}
