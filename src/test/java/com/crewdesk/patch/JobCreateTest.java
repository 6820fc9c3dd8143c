package com.crewdesk.patch;

import static com.crewdesk.patch.JobFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobStatus;
import com.crewdesk.patch.JobType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Creating a job: required fields, defaults, create-only fields, and the batch pre-load
 * helper.
 */
class JobCreateTest {

	@Test
	void createAppliesTheDefaults() {
		PatchOutcome.Applied applied = applied(
				ENGINE.create(patch("title", "Fix roof", "customer_uuid", CUSTOMER.toString()), asDispatcher()));

		JobValues job = applied.after();
		assertThat(applied.before()).isNull();
		assertThat(job.status()).isEqualTo(JobStatus.NEW);
		assertThat(job.priority()).isEqualTo(JobPriority.NORMAL);
		assertThat(job.jobType()).isEqualTo(JobType.RESIDENTIAL);
		assertThat(job.get(JobField.IS_URGENT)).isEqualTo(false);
		assertThat(job.customFields()).isEmpty();
		assertThat(job.externalData()).isEmpty();
		assertThat(job.milestones()).isEmpty();
	}

	@Test
	void createRequiresTitleAndCustomer() {
		Violations violations = rejected(ENGINE.create(patch("description", "x"), asDispatcher()));

		assertThat(violations.messagesFor("title")).containsExactly("is required");
		assertThat(violations.messagesFor("customer_uuid")).containsExactly("is required");
	}

	@Test
	void createAcceptsInsuranceClaimAndNote() {
		JobValues job = applied(ENGINE.create(patch("title", "Hail damage", "customer_uuid", CUSTOMER.toString(),
				"insurance_claim", "CLM-77", "note", "Call first"), asDispatcher()))
			.after();

		assertThat(job.get(JobField.INSURANCE_CLAIM)).isEqualTo("CLM-77");
		assertThat(job.get(JobField.NOTE)).isEqualTo("Call first");
	}

	@Test
	void createStillRefusesReadOnlyFields() {
		assertThat(rejected(ENGINE.create(patch("title", "x", "customer_uuid", CUSTOMER.toString(), "uuid",
				"00000000-0000-0000-0000-000000000001"), asDispatcher()))
			.messagesFor("uuid")).containsExactly("cannot be changed");
	}

	@Test
	void createChecksTheCustomerBelongsToTheCompany() {
		assertThat(rejected(
				ENGINE.create(patch("title", "x", "customer_uuid", FOREIGN_CUSTOMER.toString()), asDispatcher()))
			.byField()).containsOnlyKeys("customer_uuid");
	}

	@Test
	void createListsEveryFilledFieldAsAChange() {
		PatchOutcome.Applied applied = applied(
				ENGINE.create(patch("title", "x", "customer_uuid", CUSTOMER.toString()), asDispatcher()));

		assertThat(applied.changes()).extracting(FieldChange::field)
			.contains(JobField.TITLE, JobField.STATUS, JobField.CUSTOMER_UUID, JobField.IS_URGENT);
		assertThat(applied.changes()).allMatch(change -> change.oldValue() == null);
	}

	@Test
	void createWithAnAssigneeNotifiesThem() {
		assertThat(applied(ENGINE.create(patch("title", "x", "customer_uuid", CUSTOMER.toString(), "worker", BOB_EMAIL),
				asDispatcher()))
			.notifications()).containsExactly(new NotificationIntent(BOB, NotificationKind.ASSIGNED, null));
	}

	@Test
	void createInProgressStampsStartedAt() {
		assertThat(applied(ENGINE
			.create(patch("title", "x", "customer_uuid", CUSTOMER.toString(), "status", "In Progress"), asDispatcher()))
			.after()
			.get(JobField.STARTED_AT)).isEqualTo(NOW);
	}

	@Test
	void requiredCustomFieldsAreEnforcedOnCreateOnly() {
		CompanyRules company = new CompanyRules(false,
				List.of(new CustomFieldDefinition("PO_Number", "PO", CustomFieldType.TEXT, List.of(), true)), STEPS);
		PatchContext ctx = new PatchContext(asDispatcher().actor(), company, references(), NOW);

		assertThat(rejected(ENGINE.create(patch("title", "x", "customer_uuid", CUSTOMER.toString()), ctx))
			.messagesFor("custom_fields[PO_Number]")).containsExactly("is required");
		assertThat(applied(ENGINE.update(storedJob(), patch("title", "y"), ctx)).changes()).hasSize(1);
	}

	@Test
	void referencedIdsCollectsWhatABatchMustPreload() {
		ReferencedIds ids = JobPatchEngine
			.referencedIds(List.of(patch("customer_uuid", CUSTOMER.toString(), "worker", BOB_EMAIL),
					patch("sales_rep_id", ALICE.toString(), "location_uuid", LOCATION.toString(), "milestones",
							Map.of("permit", Map.of("completed_by", DISPATCHER.toString()))),
					patch("customer_uuid", "garbage", "worker", "")));

		assertThat(ids.customerIds()).containsExactly(CUSTOMER);
		assertThat(ids.locationIds()).containsExactly(LOCATION);
		assertThat(ids.staffIds()).containsExactlyInAnyOrder(ALICE, DISPATCHER);
		assertThat(ids.workerEmails()).containsExactly(BOB_EMAIL);
	}

	@Test
	void toRawIsTheInverseOfReading() {
		JobValues job = applied(ENGINE.create(patch("title", "x", "customer_uuid", CUSTOMER.toString(),
				"scheduled_date", "2026-05-01", "scheduled_time_start", "08:00", "estimated_amount", "12.5", "job_type",
				"m", "coordinates", Map.of("lat", 1, "lng", 2)), asDispatcher()))
			.after();
		Map<String, Object> raw = job.toRaw();

		assertThat(raw).containsEntry("scheduled_date", "2026-05-01")
			.containsEntry("scheduled_time_start", "08:00")
			.containsEntry("job_type", "m")
			.containsEntry("status", "New")
			.containsEntry("customer_uuid", CUSTOMER.toString());
		Patch roundTrip = Patch.of(Map.of("scheduled_date", raw.get("scheduled_date"), "scheduled_time_start",
				raw.get("scheduled_time_start"), "estimated_amount", raw.get("estimated_amount"), "job_type",
				raw.get("job_type"), "coordinates", raw.get("coordinates"), "customer_uuid", raw.get("customer_uuid")));
		assertThat(applied(ENGINE.update(job, roundTrip, asDispatcher())).changes()).isEmpty();
	}

}
