package com.crewdesk.patch;

import static com.crewdesk.patch.JobFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.patch.JobStatus;
import com.crewdesk.patch.Role;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * P8–P11 of SPEC §2: custom fields, external data, value objects and nested customer,
 * milestones.
 */
class JobPatchCompositeFieldsTest {

	private static final String APP_A = "0f8fad5b-d9cb-469f-a165-70867728950e";

	private static final String APP_B = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

	private static Map<String, Object> field(String key, Object val) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("key", key);
		item.put("val", val);
		return item;
	}

	private static Map<String, Object> entry(String key, String value) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("key", key);
		item.put("value", value);
		return item;
	}

	private static Map<String, Object> externalData(String application, String mode, List<?> entries) {
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("application_guid", application);
		if (mode != null) {
			update.put("patch_mode", mode);
		}
		update.put("external_data", entries);
		return update;
	}

	private static JobValues jobWithExternalData() {
		return storedJob().with(JobField.EXTERNAL_DATA,
				Map.of(APP_A, Map.of("x", "1", "y", "2"), APP_B, Map.of("z", "3")));
	}

	@Nested
	class P8_CustomFields {

		@Test
		void customFieldsReplaceTheWholeSet() {
			JobValues job = storedJob().with(JobField.CUSTOM_FIELDS,
					List.of(new CustomFieldValue("PO_Number", "PO-1"), new CustomFieldValue("Budget", "100")));

			JobValues after = applied(ENGINE.update(job,
					patch("custom_fields",
							List.of(field("PO_Number", "PO-2026-1234"), field("Department", "Facilities"))),
					asDispatcher()))
				.after();

			assertThat(after.customFields()).containsExactlyInAnyOrder(
					new CustomFieldValue("PO_Number", "PO-2026-1234"),
					new CustomFieldValue("Department", "Facilities"));
		}

		@Test
		void sameSetInAnotherOrderIsNoChange() {
			JobValues job = storedJob().with(JobField.CUSTOM_FIELDS,
					List.of(new CustomFieldValue("PO_Number", "1"), new CustomFieldValue("Budget", "2")));

			assertThat(applied(ENGINE.update(job,
					patch("custom_fields", List.of(field("Budget", "2"), field("PO_Number", "1"))), asDispatcher()))
				.changes()).isEmpty();
		}

		@Test
		void aStoredValueOfARetiredFieldIsKeptWhenAnotherFieldChanges() {
			JobValues job = storedJob().with(JobField.CUSTOM_FIELDS,
					List.of(new CustomFieldValue("Colour", "red"), new CustomFieldValue("PO_Number", "PO-1")));

			JobValues after = applied(ENGINE.update(job,
					patch("custom_fields", List.of(field("Colour", "red"), field("PO_Number", "PO-2"))),
					asDispatcher()))
				.after();

			assertThat(after.customFields()).containsExactlyInAnyOrder(new CustomFieldValue("Colour", "red"),
					new CustomFieldValue("PO_Number", "PO-2"));
		}

		@Test
		void aStoredSelectValueNoLongerOfferedIsKeptWhileUnchanged() {
			JobValues job = storedJob().with(JobField.CUSTOM_FIELDS,
					List.of(new CustomFieldValue("Department", "Legal")));

			assertThat(applied(ENGINE.update(job,
					patch("custom_fields", List.of(field("Department", "Legal"), field("PO_Number", "PO-9"))),
					asDispatcher()))
				.changes()).hasSize(1);
		}

		@Test
		void aNewValueForARetiredFieldIsStillRejected() {
			JobValues job = storedJob().with(JobField.CUSTOM_FIELDS, List.of(new CustomFieldValue("Colour", "red")));

			assertThat(rejected(
					ENGINE.update(job, patch("custom_fields", List.of(field("Colour", "blue"))), asDispatcher()))
				.byField()).containsKey("custom_fields[Colour]");
		}

		@Test
		void undefinedKeyIsRejected() {
			assertThat(rejected(update(patch("custom_fields", List.of(field("Colour", "red")))))
				.messagesFor("custom_fields[Colour]")).containsExactly("is not a custom field of your company");
		}

		@Test
		void duplicateKeyIsRejected() {
			assertThat(
					rejected(update(patch("custom_fields", List.of(field("PO_Number", "1"), field("PO_Number", "2")))))
						.messagesFor("custom_fields[PO_Number]"))
				.containsExactly("appears more than once");
		}

		@Test
		void valuesAreCheckedAgainstTheDefinitionType() {
			Violations violations = rejected(update(patch("custom_fields", List.of(field("Budget", "lots"),
					field("Deadline", "next week"), field("Department", "Marketing")))));

			assertThat(violations.messagesFor("custom_fields[Budget]")).containsExactly("must be a number");
			assertThat(violations.messagesFor("custom_fields[Deadline]"))
				.containsExactly("must be a date (YYYY-MM-DD)");
			assertThat(violations.messagesFor("custom_fields[Department]"))
				.containsExactly("must be one of: Facilities, Sales");
		}

		@Test
		void valuesAreStoredAsStrings() {
			JobValues after = applied(
					update(patch("custom_fields", List.of(field("Budget", 1250.5), field("Department", "facilities")))))
				.after();

			assertThat(after.customFields()).containsExactlyInAnyOrder(new CustomFieldValue("Budget", "1250.5"),
					new CustomFieldValue("Department", "Facilities"));
		}

		@Test
		void textLongerThanAThousandCharactersIsRejected() {
			assertThat(
					rejected(update(patch("custom_fields", List.of(field("PO_Number", "x".repeat(1001)))))).byField())
				.containsOnlyKeys("custom_fields[PO_Number]");
		}

	}

	@Nested
	class P9_ExternalData {

		@Test
		void replaceIsTheDefaultAndReplacesAllKeysOfThatApplication() {
			PatchOutcome.Applied applied = applied(ENGINE.update(jobWithExternalData(),
					patch("external_data", externalData(APP_A, null, List.of(entry("x", "10")))), asDispatcher()));

			assertThat(applied.after().externalData())
				.isEqualTo(Map.of(APP_A, Map.of("x", "10"), APP_B, Map.of("z", "3")));
		}

		@Test
		void mergeSetsGivenKeysAndKeepsOthers() {
			JobValues after = applied(ENGINE.update(jobWithExternalData(),
					patch("external_data", externalData(APP_A, "merge", List.of(entry("x", "10"), entry("w", "0")))),
					asDispatcher()))
				.after();

			assertThat(after.externalData().get(APP_A)).isEqualTo(Map.of("x", "10", "y", "2", "w", "0"));
		}

		@Test
		void mergeDeletesKeysWithNullValue() {
			JobValues after = applied(ENGINE.update(jobWithExternalData(),
					patch("external_data", externalData(APP_A, "Merge", List.of(entry("x", null)))), asDispatcher()))
				.after();

			assertThat(after.externalData().get(APP_A)).isEqualTo(Map.of("y", "2"));
		}

		@Test
		void otherApplicationsAreUntouched() {
			JobValues after = applied(ENGINE.update(jobWithExternalData(),
					patch("external_data", externalData(APP_A, "Replace", List.of())), asDispatcher()))
				.after();

			assertThat(after.externalData()).isEqualTo(Map.of(APP_B, Map.of("z", "3")));
		}

		@Test
		void nullValueInReplaceModeIsRejected() {
			assertThat(
					rejected(update(patch("external_data", externalData(APP_A, "Replace", List.of(entry("x", null))))))
						.byField())
				.containsOnlyKeys("external_data.external_data[0].value");
		}

		@Test
		void missingApplicationGuidAndUnknownModeAreRejected() {
			Violations violations = rejected(update(patch("external_data", externalData("app", "Upsert", List.of()))));

			assertThat(violations.messagesFor("external_data.application_guid")).containsExactly("must be a UUID");
			assertThat(violations.messagesFor("external_data.patch_mode"))
				.containsExactly("must be one of: Replace, Merge");
		}

		@Test
		void aListOfApplicationUpdatesIsAccepted() {
			JobValues after = applied(
					update(patch("external_data", List.of(externalData(APP_A, null, List.of(entry("k", "v"))),
							externalData(APP_B, "Merge", List.of(entry("q", "r")))))))
				.after();

			assertThat(after.externalData()).isEqualTo(Map.of(APP_A, Map.of("k", "v"), APP_B, Map.of("q", "r")));
		}

		@Test
		void nullExternalDataIsRejected() {
			assertThat(rejected(update(Patch.builder().setNull("external_data").build())).messagesFor("external_data"))
				.containsExactly("must not be null");
		}

	}

	@Nested
	class P10_ValueObjectsAndNestedCustomer {

		@Test
		void nestedCustomerIsValidatedAndHandedBack() {
			PatchOutcome.Applied applied = applied(
					update(patch("customer", Map.of("first_name", "John", "do_not_mail", true))));

			assertThat(applied.customerPatch().raw("first_name")).isEqualTo("John");
			assertThat(applied.changes()).isEmpty();
		}

		@Test
		void nestedCustomerFirstNameNeedsOneCharacter() {
			assertThat(rejected(update(patch("customer", Map.of("first_name", "")))).messagesFor("customer.first_name"))
				.containsExactly("must not be blank");
		}

		@Test
		void nestedCustomerUnknownFieldIsNamed() {
			assertThat(rejected(update(patch("customer", Map.of("shoe_size", 44)))).byField())
				.containsOnlyKeys("customer.shoe_size");
		}

		@Test
		void nestedCustomerMustBeAnObject() {
			assertThat(rejected(update(patch("customer", "John"))).messagesFor("customer"))
				.containsExactly("must be an object");
		}

	}

	@Nested
	class P11_StatusStampsAndMilestones {

		@Test
		void enteringInProgressStampsStartedAt() {
			PatchOutcome.Applied applied = applied(update(patch("status", "In Progress")));

			assertThat(applied.after().get(JobField.STARTED_AT)).isEqualTo(NOW);
			assertThat(applied.changes()).extracting(FieldChange::field)
				.containsExactly(JobField.STATUS, JobField.STARTED_AT);
		}

		@Test
		void enteringCompleteAndInvoicedStampTheirFields() {
			assertThat(applied(update(patch("status", "Complete"))).after().get(JobField.COMPLETED_AT)).isEqualTo(NOW);
			assertThat(applied(update(patch("status", "Invoiced"))).after().get(JobField.INVOICED_AT)).isEqualTo(NOW);
		}

		@Test
		void explicitTimestampInTheSamePatchWins() {
			assertThat(applied(update(patch("status", "Complete", "completed_at", "2026-01-01T08:00:00Z"))).after()
				.get(JobField.COMPLETED_AT)).isEqualTo(Instant.parse("2026-01-01T08:00:00Z"));
			assertThat(
					applied(update(Patch.builder().set("status", "Complete").setNull("completed_at").build())).after()
						.get(JobField.COMPLETED_AT))
				.isNull();
		}

		@Test
		void reenteringAStatusKeepsTheFirstStamp() {
			Instant first = Instant.parse("2026-02-01T10:00:00Z");
			JobValues job = storedJob().with(JobField.STARTED_AT, first);

			assertThat(applied(ENGINE.update(job, patch("status", "In Progress"), asDispatcher())).after()
				.get(JobField.STARTED_AT)).isEqualTo(first);
		}

		@Test
		void otherStatusesStampNothing() {
			assertThat(applied(update(patch("status", "Contacted"))).changes()).hasSize(1);
		}

		@Test
		void tickingAStepStampsNowAndTheActor() {
			JobValues after = applied(update(patch("milestones", Map.of("site_visit", true)))).after();

			assertThat(after.milestones()).isEqualTo(Map.of("site_visit", new StepCompletion(NOW, DISPATCHER)));
		}

		@Test
		void stepWithExplicitTimeAndPerson() {
			JobValues after = applied(update(patch("milestones",
					Map.of("permit", Map.of("completed_at", "2026-02-01T10:00:00Z", "completed_by", BOB.toString())))))
				.after();

			assertThat(after.milestones().get("permit"))
				.isEqualTo(new StepCompletion(Instant.parse("2026-02-01T10:00:00Z"), BOB));
		}

		@Test
		void milestonesMergePerStepAndNullUnticks() {
			JobValues job = storedJob().with(JobField.MILESTONES,
					Map.of("site_visit", new StepCompletion(NOW, ALICE), "permit", new StepCompletion(NOW, BOB)));
			Map<String, Object> steps = new LinkedHashMap<>();
			steps.put("permit", null);

			JobValues after = applied(ENGINE.update(job, patch("milestones", steps), asDispatcher())).after();

			assertThat(after.milestones()).containsOnlyKeys("site_visit");
		}

		@Test
		void unknownStepKeyIsRejected() {
			assertThat(rejected(update(patch("milestones", Map.of("demolition", true))))
				.messagesFor("milestones.demolition")).containsExactly("is not a checklist step of your company");
		}

		@Test
		void stepCompletedByAStrangerIsRejected() {
			assertThat(rejected(
					update(patch("milestones", Map.of("permit", Map.of("completed_by", FOREIGN_STAFF.toString())))))
				.messagesFor("milestones.permit.completed_by"))
				.containsExactly("must be an active staff member of your company");
		}

		@Test
		void tickingAnAlreadyTickedStepChangesNothing() {
			JobValues job = storedJob().with(JobField.MILESTONES, Map.of("site_visit", new StepCompletion(NOW, ALICE)));

			assertThat(applied(ENGINE.update(job, patch("milestones", Map.of("site_visit", true)), asDispatcher()))
				.changes()).isEmpty();
		}

		@Test
		void apiKeyTicksWithoutAPerson() {
			JobValues after = applied(
					ENGINE.update(storedJob(), patch("milestones", Map.of("site_visit", true)), as(Actor.apiKey(7))))
				.after();

			assertThat(after.milestones().get("site_visit")).isEqualTo(new StepCompletion(NOW, null));
		}

		@Test
		void statusIsStoredAsItsLabel() {
			assertThat(JobField.STATUS.toRaw(JobStatus.READY_TO_INVOICE)).isEqualTo("Ready to Invoice");
			assertThat(Actor.staff(ALICE, Role.ADMIN).effectiveRole()).isEqualTo(Role.ADMIN);
		}

	}

}
