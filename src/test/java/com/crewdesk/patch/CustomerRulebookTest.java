package com.crewdesk.patch;

import static com.crewdesk.patch.JobFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who may see and manage customers, and who may override do_not_service. */
class CustomerRulebookTest {

	private static final Actor ADMIN = Actor.staff(DISPATCHER, Role.ADMIN);

	private static final Actor DISPATCHING = Actor.staff(DISPATCHER, Role.DISPATCHER);

	private static final Actor TECHNICIAN = Actor.staff(ALICE, Role.TECHNICIAN);

	private static final Actor VIEWER = Actor.staff(BOB, Role.VIEWER);

	private static final Actor API_KEY = Actor.apiKey(7);

	@Test
	void dispatchersAdminsAndApiKeysManageCustomers() {
		assertThat(Rulebook.managesCustomers(ADMIN)).isTrue();
		assertThat(Rulebook.managesCustomers(DISPATCHING)).isTrue();
		assertThat(Rulebook.managesCustomers(API_KEY)).isTrue();
		assertThat(Rulebook.managesCustomers(VIEWER)).isFalse();
		assertThat(Rulebook.managesCustomers(TECHNICIAN)).isFalse();
	}

	@Test
	void techniciansSeeOnlyTheCustomersOfTheirOwnJobs() {
		assertThat(Rulebook.customersLimitedTo(TECHNICIAN)).isEqualTo(ALICE);
		assertThat(Rulebook.browsesCustomers(TECHNICIAN)).isFalse();
		assertThat(Rulebook.seesCustomerDetails(TECHNICIAN)).isFalse();
	}

	@Test
	void viewersReadEveryCustomer() {
		assertThat(Rulebook.customersLimitedTo(VIEWER)).isNull();
		assertThat(Rulebook.browsesCustomers(VIEWER)).isTrue();
		assertThat(Rulebook.seesCustomerDetails(VIEWER)).isTrue();
	}

	@Test
	void onlyAdminsMayOverrideDoNotService() {
		assertThat(Rulebook.mayOverrideDoNotService(ADMIN)).isTrue();
		assertThat(Rulebook.mayOverrideDoNotService(DISPATCHING)).isFalse();
		assertThat(Rulebook.mayOverrideDoNotService(API_KEY)).isFalse();
	}

}
