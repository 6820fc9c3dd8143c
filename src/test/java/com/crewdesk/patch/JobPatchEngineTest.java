package com.crewdesk.patch;

import static com.crewdesk.patch.JobFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.patch.BidType;
import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** P1–P7 of SPEC §2 on job updates. */
class JobPatchEngineTest {

	@Nested
	class P1_AbsentMeansUnchanged {

		@Test
		void emptyPatchChangesNothing() {
			PatchOutcome.Applied applied = applied(update(Patch.empty()));

			assertThat(applied.changes()).isEmpty();
			assertThat(applied.notifications()).isEmpty();
			assertThat(applied.after()).isEqualTo(storedJob());
		}

		@Test
		void onlyPresentFieldsChange() {
			PatchOutcome.Applied applied = applied(update(patch("title", "Replace bathroom faucet")));

			assertThat(applied.changes())
				.containsExactly(new FieldChange(JobField.TITLE, "Replace kitchen faucet", "Replace bathroom faucet"));
			assertThat(applied.after().get(JobField.DESCRIPTION)).isEqualTo("Leaks under the sink");
		}

		@Test
		void patchWithTheCurrentValuesChangesNothing() {
			PatchOutcome.Applied applied = applied(
					update(patch("title", "Replace kitchen faucet", "status", "Scheduled", "estimated_amount", null)));

			assertThat(applied.changes()).isEmpty();
			assertThat(applied.notifications()).isEmpty();
		}

	}

	@Nested
	class P2_NullClearsOrIsRejected {

		@Test
		void nullClearsANullableField() {
			PatchOutcome.Applied applied = applied(update(Patch.builder().setNull("description").build()));

			assertThat(applied.after().get(JobField.DESCRIPTION)).isNull();
			assertThat(applied.changes())
				.containsExactly(new FieldChange(JobField.DESCRIPTION, "Leaks under the sink", null));
		}

		@Test
		void emptyStringFromAFormClearsANullableField() {
			assertThat(applied(update(patch("description", ""))).after().get(JobField.DESCRIPTION)).isNull();
		}

		@Test
		void nullOnRequiredFieldIsRejected() {
			Violations violations = rejected(update(Patch.builder()
				.setNull("title")
				.setNull("status")
				.setNull("priority")
				.setNull("customer_uuid")
				.setNull("job_type")
				.setNull("is_urgent")
				.setNull("is_emergency")
				.setNull("warranty_voided")
				.build()));

			assertThat(violations.byField()).containsOnlyKeys("title", "status", "priority", "customer_uuid",
					"job_type", "is_urgent", "is_emergency", "warranty_voided");
			assertThat(violations.messagesFor("title")).containsExactly("must not be null");
			assertThat(violations.forbidden()).isFalse();
		}

		@Test
		void blankTitleIsRejected() {
			assertThat(rejected(update(patch("title", "   "))).messagesFor("title"))
				.containsExactly("must not be blank");
		}

		@Test
		void nullCustomFieldsClearsToEmpty() {
			JobValues job = storedJob().with(JobField.CUSTOM_FIELDS, List.of(new CustomFieldValue("PO_Number", "1")));

			PatchOutcome.Applied applied = applied(
					ENGINE.update(job, Patch.builder().setNull("custom_fields").build(), asDispatcher()));

			assertThat(applied.after().customFields()).isEmpty();
		}

	}

	@Nested
	class P3_UnknownFields {

		@Test
		void unknownFieldIsRejectedByName() {
			Violations violations = rejected(update(patch("titel", "x", "title", "ok")));

			assertThat(violations.byField()).containsOnlyKeys("titel");
			assertThat(violations.messagesFor("titel")).containsExactly("is not a known field");
		}

		@Test
		void everyUnknownFieldIsReported() {
			assertThat(rejected(update(patch("a", 1, "b", 2))).byField()).containsOnlyKeys("a", "b");
		}

	}

	@Nested
	class P4_ReadOnlyAndCreateOnly {

		@Test
		void readOnlyFieldsCannotBeChanged() {
			List<String> readOnly = List.of("uuid", "job_number", "created_at", "created_by", "created_via",
					"updated_at", "deleted_at", "deleted_by", "version");
			Map<String, Object> raw = new HashMap<>();
			readOnly.forEach(name -> raw.put(name, "x"));

			Violations violations = rejected(update(Patch.of(raw)));

			assertThat(violations.byField()).containsOnlyKeys(readOnly.toArray(String[]::new));
			readOnly.forEach(name -> assertThat(violations.messagesFor(name)).containsExactly("cannot be changed"));
		}

		@Test
		void readOnlyFieldIsRejectedEvenWithItsCurrentValue() {
			assertThat(rejected(update(patch("job_number", "JOB-000123"))).messagesFor("job_number"))
				.containsExactly("cannot be changed");
		}

		@Test
		void insuranceClaimAndNoteAreRejectedOnUpdate() {
			Violations violations = rejected(update(patch("insurance_claim", "CLM-1", "note", "hello")));

			assertThat(violations.messagesFor("insurance_claim"))
				.containsExactly("can only be set when the job is created");
			assertThat(violations.messagesFor("note")).containsExactly("can only be set when the job is created");
		}

	}

	@Nested
	class P5_TypesAndFormats {

		@Test
		void wrongJsonTypesAreViolationsNotExceptions() {
			Violations violations = rejected(update(patch("title", 123, "is_urgent", "maybe", "coordinates",
					List.of(1, 2), "estimated_amount", Map.of("a", 1), "custom_fields", "x", "scheduled_date", 20250120,
					"status", true, "external_data", 5, "milestones", List.of())));

			assertThat(violations.byField()).containsOnlyKeys("title", "is_urgent", "coordinates", "estimated_amount",
					"custom_fields", "scheduled_date", "status", "external_data", "milestones");
		}

		@Test
		void enumsAcceptLabelsAndNamesCaseInsensitively() {
			JobValues after = applied(
					update(patch("status", "in_progress", "priority", "high", "job_type", "C", "bid_type", "i")))
				.after();

			assertThat(after.status()).isEqualTo(JobStatus.IN_PROGRESS);
			assertThat(after.priority()).isEqualTo(JobPriority.HIGH);
			assertThat(after.bidType()).isEqualTo(BidType.INSURANCE);
		}

		@Test
		void unknownPriorityNamesTheAllowedValues() {
			assertThat(rejected(update(patch("priority", "Urgent"))).messagesFor("priority"))
				.containsExactly("must be one of: Low, Normal, High, Emergency");
		}

		@Test
		void unknownJobTypeNamesTheCodes() {
			assertThat(rejected(update(patch("job_type", "x"))).messagesFor("job_type"))
				.containsExactly("must be one of: r, c, d, m");
		}

		@Test
		void stateMustBeTwoLettersAndIsUpperCased() {
			assertThat(applied(update(patch("service_state", "ny"))).after().get(JobField.SERVICE_STATE))
				.isEqualTo("NY");
			assertThat(rejected(update(patch("service_state", "New York"))).byField()).containsKey("service_state");
			assertThat(rejected(update(patch("service_state", "N1"))).byField()).containsKey("service_state");
		}

		@Test
		void zipAcceptsDigitsLettersSpacesAndDashes() {
			assertThat(applied(update(patch("service_zip", "SW1A 1AA"))).changes()).hasSize(1);
			assertThat(rejected(update(patch("service_zip", "12345;DROP"))).byField()).containsKey("service_zip");
		}

		@Test
		void lengthsAreChecked() {
			Violations violations = rejected(update(patch("title", "x".repeat(201), "service_city", "c".repeat(101))));

			assertThat(violations.messagesFor("title")).containsExactly("must be at most 200 characters");
			assertThat(violations.messagesFor("service_city")).containsExactly("must be at most 100 characters");
		}

		@Test
		void amountsAcceptNumbersAndNumericStrings() {
			JobValues after = applied(update(patch("estimated_amount", "150.5", "actual_amount", 150))).after();

			assertThat(after.get(JobField.ESTIMATED_AMOUNT)).isEqualTo(new BigDecimal("150.50"));
			assertThat(after.get(JobField.ACTUAL_AMOUNT)).isEqualTo(new BigDecimal("150.00"));
		}

		@Test
		void negativeAmountIsRejected() {
			assertThat(rejected(update(patch("estimated_amount", -1))).messagesFor("estimated_amount"))
				.containsExactly("must not be negative");
		}

		@Test
		void amountWithThreeDecimalsIsRejected() {
			assertThat(rejected(update(patch("actual_amount", new BigDecimal("1.005")))).messagesFor("actual_amount"))
				.containsExactly("must have at most 2 decimal places");
		}

		@Test
		void amountAboveTheMaximumIsRejected() {
			assertThat(rejected(update(patch("actual_amount", "10000000000"))).messagesFor("actual_amount"))
				.containsExactly("must be at most 9999999999.99");
		}

		@Test
		void scheduledDateAcceptsPlainDatesAndIsoTimestamps() {
			assertThat(applied(update(patch("scheduled_date", "2025-01-20"))).after().scheduledDate())
				.isEqualTo(LocalDate.of(2025, 1, 20));
			assertThat(applied(update(patch("scheduled_date", "2025-01-20T23:30:00-05:00"))).after().scheduledDate())
				.isEqualTo(LocalDate.of(2025, 1, 21));
			assertThat(rejected(update(patch("scheduled_date", "20/01/2025"))).messagesFor("scheduled_date"))
				.containsExactly("must be a date (YYYY-MM-DD)");
		}

		@Test
		void timesMustBeHoursAndMinutes() {
			assertThat(rejected(update(patch("scheduled_time_start", "9am"))).messagesFor("scheduled_time_start"))
				.containsExactly("must be HH:MM");
			assertThat(rejected(update(patch("scheduled_time_start", "24:00"))).byField())
				.containsKey("scheduled_time_start");
			assertThat(
					applied(update(patch("scheduled_time_start", "09:00"))).after().get(JobField.SCHEDULED_TIME_START))
				.isEqualTo(LocalTime.of(9, 0));
		}

		@Test
		void endTimeMustBeAfterStartTime() {
			assertThat(rejected(update(patch("scheduled_time_start", "11:00", "scheduled_time_end", "09:00")))
				.messagesFor("scheduled_time_end")).containsExactly("must be after scheduled_time_start");
		}

		@Test
		void endTimeIsJudgedAgainstTheStoredStartTime() {
			JobValues job = storedJob().with(JobField.SCHEDULED_TIME_START, LocalTime.of(10, 0));

			Violations violations = rejected(ENGINE.update(job, patch("scheduled_time_end", "10:00"), asDispatcher()));

			assertThat(violations.messagesFor("scheduled_time_end"))
				.containsExactly("must be after scheduled_time_start");
		}

		@Test
		void startTimeIsJudgedAgainstTheStoredEndTime() {
			JobValues job = storedJob().with(JobField.SCHEDULED_TIME_END, LocalTime.of(10, 0));

			assertThat(rejected(ENGINE.update(job, patch("scheduled_time_start", "12:00"), asDispatcher()))
				.messagesFor("scheduled_time_start")).containsExactly("must be before scheduled_time_end");
			assertThat(applied(ENGINE.update(job, patch("scheduled_time_start", "08:00"), asDispatcher())).changes())
				.hasSize(1);
		}

		@Test
		void timestampsNeedAnOffset() {
			assertThat(applied(update(patch("paid_at", "2025-01-20T10:00:00+02:00"))).after().get(JobField.PAID_AT))
				.isEqualTo(Instant.parse("2025-01-20T08:00:00Z"));
			assertThat(rejected(update(patch("paid_at", "2025-01-20T10:00:00"))).byField()).containsKey("paid_at");
		}

		@Test
		void booleansAcceptFormStrings() {
			assertThat(applied(update(patch("is_urgent", "true"))).after().get(JobField.IS_URGENT)).isEqualTo(true);
		}

		@Test
		void coordinatesAreValidatedAsAUnit() {
			Violations violations = rejected(update(patch("coordinates", Map.of("lat", 91, "lng", "x", "alt", 3))));

			assertThat(violations.byField()).containsOnlyKeys("coordinates.alt", "coordinates.lat", "coordinates.lng");
			assertThat(violations.messagesFor("coordinates.alt")).containsExactly("is not a known field");
			assertThat(violations.messagesFor("coordinates.lat")).containsExactly("must be between -90 and 90");
		}

		@Test
		void coordinatesNeedBothParts() {
			assertThat(rejected(update(patch("coordinates", Map.of("lat", 40)))).messagesFor("coordinates.lng"))
				.containsExactly("must not be null");
		}

		@Test
		void coordinatesAreReplacedAsAUnit() {
			JobValues after = applied(update(patch("coordinates", Map.of("lat", 40.7128, "lng", "-74.006")))).after();

			assertThat(after.get(JobField.COORDINATES))
				.isEqualTo(new Coordinates(new BigDecimal("40.7128"), new BigDecimal("-74.0060")));
		}

		@Test
		void allViolationsOfAPatchAreCollected() {
			Violations violations = rejected(
					update(patch("title", "", "priority", "x", "bogus", 1, "estimated_amount", -5, "version", 9)));

			assertThat(violations.byField()).containsOnlyKeys("title", "priority", "bogus", "estimated_amount",
					"version");
		}

	}

	@Nested
	class P6_References {

		@Test
		void activeCustomerOfTheCompanyIsAccepted() {
			assertThat(applied(update(patch("customer_uuid", OTHER_CUSTOMER.toString()))).after().customerUuid())
				.isEqualTo(OTHER_CUSTOMER);
		}

		@Test
		void customerOfAnotherCompanyIsRejectedWithoutSayingSo() {
			assertThat(
					rejected(update(patch("customer_uuid", FOREIGN_CUSTOMER.toString()))).messagesFor("customer_uuid"))
				.containsExactly("must be an active customer of your company");
		}

		@Test
		void malformedUuidIsRejected() {
			assertThat(rejected(update(patch("location_uuid", "not-a-uuid"))).messagesFor("location_uuid"))
				.containsExactly("must be a UUID");
		}

		@Test
		void unknownLocationIsRejected() {
			assertThat(
					rejected(update(patch("location_uuid", FOREIGN_CUSTOMER.toString()))).messagesFor("location_uuid"))
				.containsExactly("must be an active location of your company");
			assertThat(applied(update(patch("location_uuid", LOCATION.toString()))).changes()).hasSize(1);
		}

		@Test
		void repsMustBeActiveStaff() {
			Violations violations = rejected(update(patch("sales_rep_id", FOREIGN_STAFF.toString(),
					"project_manager_id", FOREIGN_STAFF.toString(), "assigned_to_user_id", FOREIGN_STAFF.toString())));

			assertThat(violations.byField()).containsOnlyKeys("sales_rep_id", "project_manager_id",
					"assigned_to_user_id");
			assertThat(violations.messagesFor("sales_rep_id"))
				.containsExactly("must be an active staff member of your company");
		}

		@Test
		void unchangedReferenceIsNotCheckedAgain() {
			JobValues job = storedJob().with(JobField.SALES_REP_ID, FOREIGN_STAFF);

			assertThat(applied(ENGINE.update(job, patch("sales_rep_id", FOREIGN_STAFF.toString()), asDispatcher()))
				.changes()).isEmpty();
		}

	}

	@Nested
	class P7_Assignment {

		@Test
		void workerEmailAssignsTheJob() {
			PatchOutcome.Applied applied = applied(update(patch("worker", BOB_EMAIL)));

			assertThat(applied.after().assignedToUserId()).isEqualTo(BOB);
			assertThat(applied.changes()).containsExactly(new FieldChange(JobField.ASSIGNED_TO_USER_ID, ALICE, BOB));
		}

		@Test
		void unknownWorkerEmailIsRejected() {
			assertThat(rejected(update(patch("worker", "ghost@elsewhere.test"))).messagesFor("worker"))
				.containsExactly("must be the email of an active staff member of your company");
		}

		@Test
		void emptyWorkerUnassigns() {
			assertThat(applied(update(patch("worker", ""))).after().assignedToUserId()).isNull();
		}

		@Test
		void nullWorkerUnassigns() {
			assertThat(applied(update(Patch.builder().setNull("worker").build())).after().assignedToUserId()).isNull();
		}

		@Test
		void emptyAssigneeIdUnassigns() {
			assertThat(applied(update(patch("assigned_to_user_id", ""))).after().assignedToUserId()).isNull();
		}

		@Test
		void staffIdAssigns() {
			assertThat(applied(update(patch("assigned_to_user_id", BOB.toString()))).after().assignedToUserId())
				.isEqualTo(BOB);
		}

		@Test
		void workerAndAssigneeThatAgreeAreAccepted() {
			assertThat(applied(update(patch("worker", BOB_EMAIL, "assigned_to_user_id", BOB.toString()))).after()
				.assignedToUserId()).isEqualTo(BOB);
		}

		@Test
		void workerAndAssigneeThatDisagreeAreRejected() {
			assertThat(rejected(update(patch("worker", BOB_EMAIL, "assigned_to_user_id", ALICE.toString())))
				.messagesFor("worker")).containsExactly("disagrees with assigned_to_user_id");
		}

		@Test
		void workerThatIsNotAStringIsRejected() {
			assertThat(rejected(update(patch("worker", 42))).byField()).containsOnlyKeys("worker");
		}

	}

	@Nested
	class RejectedPatches {

		@Test
		void rejectedPatchCarriesNoChanges() {
			PatchOutcome outcome = update(patch("title", "Fine title", "priority", "Whenever"));

			assertThat(outcome).isInstanceOf(PatchOutcome.Rejected.class);
			assertThat(outcome.isApplied()).isFalse();
		}

		@Test
		void changesComeInFieldOrderWithTypedValues() {
			List<FieldChange> changes = new ArrayList<>(
					applied(update(patch("priority", "High", "title", "New title"))).changes());

			assertThat(changes).extracting(FieldChange::field).containsExactly(JobField.TITLE, JobField.PRIORITY);
			assertThat(changes.get(1).newRaw()).isEqualTo("High");
		}

	}

}
