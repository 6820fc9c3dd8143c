package com.crewdesk.patch;

import static com.crewdesk.patch.JobFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A job owes its customer: no new job or scheduling when do_not_service (admins may
 * override); own locations.
 */
class DoNotServiceTest {

	private static final UUID BANNED = UUID.fromString("00000000-0000-0000-0000-0000000000c9");

	private static final UUID BANNED_SITE = UUID.fromString("00000000-0000-0000-0000-00000000009a");

	private static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-0000000000ad");

	private static PatchContext as(Role role) {
		FakeReferences refs = references().doNotService(BANNED).location(BANNED_SITE, BANNED);
		return new PatchContext(Actor.staff(role == Role.ADMIN ? ADMIN : DISPATCHER, role), company(false), refs, NOW);
	}

	private static JobValues jobOfBannedCustomer() {
		return storedJob().with(JobField.CUSTOMER_UUID, BANNED)
			.with(JobField.SCHEDULED_DATE, null)
			.with(JobField.STATUS, JobStatus.NEW);
	}

	@Test
	void newJobForADoNotServiceCustomerIsRefusedNamingTheFlag() {
		Violations v = rejected(
				ENGINE.create(patch("title", "Fix roof", "customer_uuid", BANNED.toString()), as(Role.DISPATCHER)));

		assertThat(v.messagesFor("customer_uuid")).singleElement().asString().contains("do_not_service");
	}

	@Test
	void schedulingAJobOfADoNotServiceCustomerIsRefused() {
		assertThat(rejected(
				ENGINE.update(jobOfBannedCustomer(), patch("scheduled_date", "2026-03-09"), as(Role.DISPATCHER)))
			.byField()).containsOnlyKeys("customer_uuid");
		assertThat(rejected(ENGINE.update(jobOfBannedCustomer(), patch("status", "Scheduled"), as(Role.DISPATCHER)))
			.byField()).containsOnlyKeys("customer_uuid");
	}

	@Test
	void otherChangesToTheirJobsAreAllowed() {
		assertThat(
				applied(ENGINE.update(jobOfBannedCustomer(), patch("description", "Call first"), as(Role.DISPATCHER)))
					.changes())
			.hasSize(1);
	}

	@Test
	void anAdminMayOverrideExplicitly() {
		PatchOutcome.Applied applied = applied(ENGINE.update(jobOfBannedCustomer(),
				patch("scheduled_date", "2026-03-09", "override_do_not_service", true), as(Role.ADMIN)));

		assertThat(applied.after().scheduledDate()).isEqualTo(LocalDate.of(2026, 3, 9));
	}

	@Test
	void aDispatcherMayNotOverride() {
		Violations v = rejected(ENGINE.create(
				patch("title", "Fix roof", "customer_uuid", BANNED.toString(), "override_do_not_service", true),
				as(Role.DISPATCHER)));

		assertThat(v.forbidden()).isTrue();
		assertThat(v.byField()).containsKey("override_do_not_service");
	}

	@Test
	void aJobsLocationMustBelongToItsCustomer() {
		assertThat(rejected(
				ENGINE.update(storedJob(), patch("location_uuid", BANNED_SITE.toString()), as(Role.DISPATCHER)))
			.messagesFor("location_uuid")).containsExactly("must be a location of the job's customer");
		assertThat(applied(ENGINE.update(storedJob(), patch("location_uuid", LOCATION.toString()), as(Role.DISPATCHER)))
			.changes()).hasSize(1);
	}

}
