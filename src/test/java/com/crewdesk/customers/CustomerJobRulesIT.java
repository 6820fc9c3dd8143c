package com.crewdesk.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.JobService;
import com.crewdesk.jobs.PatchRejectedException;
import com.crewdesk.jobs.StoredJob;
import com.crewdesk.patch.Actor;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.Role;
import com.crewdesk.security.Caller;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What jobs owe their customer, on real PostgreSQL: do_not_service (with an admin's
 * override) and locations.
 */
@CrewdeskIntegrationTest
class CustomerJobRulesIT {

	@Autowired
	JobService jobs;

	@Autowired
	CustomerService customers;

	@Autowired
	CustomerLocations locations;

	@Autowired
	JdbcClient jdbc;

	DemoData demo;

	Caller dispatcher;

	Caller admin;

	@BeforeEach
	void callers() {
		demo = new DemoData(jdbc);
		dispatcher = new Caller(demo.acme(), Actor.staff(demo.staffId("dispatch@acme.test"), Role.DISPATCHER));
		admin = new Caller(demo.acme(), Actor.staff(demo.staffId("admin@acme.test"), Role.ADMIN));
	}

	UUID customer(Map<String, Object> raw) {
		return customers.create(dispatcher, Patch.of(raw), Channel.API).id();
	}

	@Test
	void aDoNotServiceCustomerGetsNoNewJobUnlessAnAdminOverridesIt() {
		UUID banned = customer(Map.of("last_name", "Banned", "do_not_service", true));

		assertThatThrownBy(() -> jobs.create(dispatcher,
				Patch.of(Map.of("title", "Roof", "customer_uuid", banned.toString())), Channel.API))
			.isInstanceOfSatisfying(PatchRejectedException.class,
					ex -> assertThat(ex.violations().messagesFor("customer_uuid")).singleElement()
						.asString()
						.contains("do_not_service"));

		StoredJob job = jobs.create(admin,
				Patch.of(Map.of("title", "Roof", "customer_uuid", banned.toString(), "override_do_not_service", true)),
				Channel.API);
		String recorded = jdbc.sql("SELECT new_value::text FROM job_history WHERE job_id = :j AND field = :f")
			.param("j", job.id())
			.param("f", "override_do_not_service")
			.query(String.class)
			.single();
		assertThat(recorded).isEqualTo("true");
	}

	@Test
	void schedulingAJobOfACustomerFlaggedLaterIsRefused() {
		UUID later = customer(Map.of("last_name", "Later"));
		StoredJob job = jobs.create(dispatcher, Patch.of(Map.of("title", "Gutter", "customer_uuid", later.toString())),
				Channel.API);
		customers.update(dispatcher, later, Patch.of(Map.of("do_not_service", true)), null, Channel.API);

		assertThatThrownBy(() -> jobs.update(dispatcher, job.uuid(), Patch.of(Map.of("scheduled_date", "2026-05-04")),
				null, Channel.API))
			.isInstanceOfSatisfying(PatchRejectedException.class,
					ex -> assertThat(ex.violations().byField()).containsOnlyKeys("customer_uuid"));
	}

	@Test
	void aJobsLocationMustBeOneOfItsCustomersLocations() {
		UUID owner = customer(Map.of("last_name", "Owner"));
		UUID other = customer(Map.of("last_name", "Other"));
		UUID site = locations.add(dispatcher, owner, Patch.of(Map.of("name", "Barn"))).id();

		assertThatThrownBy(() -> jobs.create(dispatcher,
				Patch.of(Map.of("title", "Fence", "customer_uuid", other.toString(), "location_uuid", site.toString())),
				Channel.API))
			.isInstanceOfSatisfying(PatchRejectedException.class,
					ex -> assertThat(ex.violations().messagesFor("location_uuid"))
						.containsExactly("must be a location of the job's customer"));
		assertThat(jobs
			.create(dispatcher,
					Patch.of(Map.of("title", "Fence", "customer_uuid", owner.toString(), "location_uuid",
							site.toString())),
					Channel.API)
			.uuid()).isNotNull();
	}

	@Test
	void aDeactivatedOrDeletedCustomerGetsNoNewJobs() {
		UUID inactive = customer(Map.of("last_name", "Idle", "active", false));
		UUID deleted = customer(Map.of("last_name", "Gone"));
		customers.softDelete(dispatcher, deleted, null, Channel.API);

		for (UUID id : new UUID[] { inactive, deleted }) {
			assertThatThrownBy(() -> jobs.create(dispatcher,
					Patch.of(Map.of("title", "X", "customer_uuid", id.toString())), Channel.API))
				.isInstanceOfSatisfying(PatchRejectedException.class,
						ex -> assertThat(ex.violations().messagesFor("customer_uuid"))
							.containsExactly("must be an active customer of your company"));
		}
	}

}
