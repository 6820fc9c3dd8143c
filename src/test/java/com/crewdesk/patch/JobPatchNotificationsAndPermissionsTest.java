package com.crewdesk.patch;

import static com.crewdesk.patch.JobFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.patch.JobStatus;
import com.crewdesk.patch.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** P12 (notifications) and P13 (technician and viewer permissions). */
class JobPatchNotificationsAndPermissionsTest {

	@Nested
	class P12_Notifications {

		@Test
		void reassigningNotifiesTheNewAndThePreviousAssignee() {
			assertThat(applied(update(patch("worker", BOB_EMAIL))).notifications()).containsExactly(
					new NotificationIntent(BOB, NotificationKind.ASSIGNED, null),
					new NotificationIntent(ALICE, NotificationKind.UNASSIGNED, null));
		}

		@Test
		void unassigningNotifiesThePreviousAssignee() {
			assertThat(applied(update(patch("assigned_to_user_id", ""))).notifications())
				.containsExactly(new NotificationIntent(ALICE, NotificationKind.UNASSIGNED, null));
		}

		@Test
		void statusChangeNotifiesTheAssignee() {
			assertThat(applied(update(patch("status", "Needs Approval"))).notifications())
				.containsExactly(new NotificationIntent(ALICE, NotificationKind.STATUS, JobStatus.NEEDS_APPROVAL));
		}

		@Test
		void newAssigneeGetsOnlyTheAssignedNotice() {
			assertThat(applied(update(patch("status", "Contacted", "worker", BOB_EMAIL))).notifications())
				.extracting(NotificationIntent::kind)
				.containsExactly(NotificationKind.ASSIGNED, NotificationKind.UNASSIGNED);
		}

		@Test
		void notifyFalseSuppressesAllNotifications() {
			assertThat(
					applied(update(patch("worker", BOB_EMAIL, "status", "Contacted", "notify", false))).notifications())
				.isEmpty();
		}

		@Test
		void notifyAcceptsFormStringsAndNeverAppearsInChanges() {
			PatchOutcome.Applied applied = applied(update(patch("status", "Contacted", "notify", "false")));

			assertThat(applied.notifications()).isEmpty();
			assertThat(applied.changes()).extracting(FieldChange::field).containsExactly(JobField.STATUS);
		}

		@Test
		void invalidNotifyIsRejected() {
			assertThat(rejected(update(patch("notify", "sometimes"))).messagesFor("notify"))
				.containsExactly("must be true or false");
		}

		@Test
		void actorIsNeverNotifiedOfTheirOwnChange() {
			PatchOutcome.Applied applied = applied(
					ENGINE.update(storedJob(), patch("status", "In Progress"), asTechnician(ALICE, false)));

			assertThat(applied.notifications()).isEmpty();
		}

		@Test
		void unchangedStatusNotifiesNobody() {
			assertThat(applied(update(patch("status", "Scheduled"))).notifications()).isEmpty();
		}

	}

	@Nested
	class P13_Permissions {

		@Test
		void technicianMayChangeStatusAndNotesOfTheirJob() {
			PatchOutcome.Applied applied = applied(
					ENGINE.update(storedJob(), patch("status", "Complete", "closing_notes", "Done", "internal_notes",
							"ok", "customer_notes", "thanks", "notify", true), asTechnician(ALICE, false)));

			assertThat(applied.after().status()).isEqualTo(JobStatus.COMPLETE);
		}

		@Test
		void technicianCannotChangeTitle() {
			Violations violations = rejected(ENGINE.update(storedJob(),
					patch("title", "Mine now", "status", "Complete"), asTechnician(ALICE, false)));

			assertThat(violations.forbidden()).isTrue();
			assertThat(violations.byField()).containsOnlyKeys("title");
			assertThat(violations.messagesFor("title")).containsExactly("technicians may not change this field");
		}

		@Test
		void technicianCannotChangeAJobAssignedToSomeoneElse() {
			Violations violations = rejected(
					ENGINE.update(storedJob(), patch("status", "Complete"), asTechnician(BOB, false)));

			assertThat(violations.forbidden()).isTrue();
			assertThat(violations.messagesFor("assigned_to_user_id"))
				.containsExactly("technicians may only change jobs assigned to them");
		}

		@Test
		void technicianMayChangeTheDayOnlyWhenTheCompanyAllowsIt() {
			assertThat(rejected(
					ENGINE.update(storedJob(), patch("scheduled_date", "2026-04-01"), asTechnician(ALICE, false)))
				.forbidden()).isTrue();
			assertThat(applied(
					ENGINE.update(storedJob(), patch("scheduled_date", "2026-04-01"), asTechnician(ALICE, true)))
				.changes()).hasSize(1);
		}

		@Test
		void technicianCannotReassign() {
			assertThat(rejected(ENGINE.update(storedJob(), patch("worker", BOB_EMAIL), asTechnician(ALICE, true)))
				.byField()).containsOnlyKeys("worker");
		}

		@Test
		void technicianCannotCreateJobs() {
			Violations violations = rejected(ENGINE.create(patch("title", "x", "customer_uuid", CUSTOMER.toString()),
					asTechnician(ALICE, true)));

			assertThat(violations.forbidden()).isTrue();
		}

		@Test
		void viewerCannotChangeAnything() {
			PatchContext viewer = as(Actor.staff(BOB, Role.VIEWER));

			assertThat(rejected(ENGINE.update(storedJob(), patch("status", "Complete"), viewer)).forbidden()).isTrue();
			assertThat(rejected(ENGINE.create(patch("title", "x"), viewer)).forbidden()).isTrue();
		}

		@Test
		void apiKeyActsAsDispatcher() {
			assertThat(
					applied(ENGINE.update(storedJob(), patch("title", "From the API"), as(Actor.apiKey(1)))).changes())
				.hasSize(1);
		}

		@Test
		void badInputIsNotForbidden() {
			assertThat(rejected(ENGINE.update(storedJob(), patch("status", "Done"), asTechnician(ALICE, false)))
				.forbidden()).isFalse();
		}

	}

}
