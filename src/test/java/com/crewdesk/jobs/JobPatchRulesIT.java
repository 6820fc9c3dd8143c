package com.crewdesk.jobs;

import com.crewdesk.database.Tenancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewdesk.patch.Actor;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.Role;
import com.crewdesk.security.Caller;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each patch rule once more, this time through JobService and the real database. */
@CrewdeskIntegrationTest
class JobPatchRulesIT {

	@Autowired
	JobService jobs;

	@Autowired
	JdbcClient jdbc;

	DemoData demo;

	Caller dispatcher;

	Caller technician;

	UUID tech;

	@BeforeEach
	void setUp() {
		demo = new DemoData(jdbc);
		dispatcher = new Caller(demo.acme(), Actor.staff(demo.staffId("dispatch@acme.test"), Role.DISPATCHER));
		tech = demo.staffId("tech@acme.test");
		technician = new Caller(demo.acme(), Actor.staff(tech, Role.TECHNICIAN));
	}

	StoredJob newJob(Map<String, Object> extra) {
		Map<String, Object> raw = new HashMap<>(
				Map.of("title", "Rules job", "customer_uuid", demo.customer("Acme Roofing", 5).toString()));
		raw.putAll(extra);
		return jobs.create(dispatcher, Patch.of(raw), Channel.UI);
	}

	StoredJob update(Caller caller, StoredJob job, Map<String, Object> raw) {
		return jobs.update(caller, job.uuid(), Patch.of(raw), null, Channel.UI);
	}

	Map<String, Object> nullOf(String field) {
		Map<String, Object> raw = new HashMap<>();
		raw.put(field, null);
		return raw;
	}

	@Test
	void p1EmptyPatchWritesNothing() {
		StoredJob job = newJob(Map.of());
		long history = demo.historyCount(job.uuid());
		assertThat(update(dispatcher, job, Map.of()).version()).isEqualTo(job.version());
		assertThat(demo.historyCount(job.uuid())).isEqualTo(history);
	}

	@Test
	void p2NullClearsNullableAndIsRefusedOnRequired() {
		StoredJob job = newJob(Map.of("description", "text"));
		assertThat(update(dispatcher, job, nullOf("description")).values().get(JobField.DESCRIPTION)).isNull();
		assertThatThrownBy(() -> update(dispatcher, job, nullOf("title"))).isInstanceOfSatisfying(
				PatchRejectedException.class, ex -> assertThat(ex.violations().byField()).containsKey("title"));
	}

	@Test
	void p3AndP4UnknownReadOnlyAndCreateOnlyFieldsAreRefusedAndWriteNothing() {
		StoredJob job = newJob(Map.of("note", "at creation"));
		assertThat(job.values().get(JobField.NOTE)).isEqualTo("at creation");
		assertThatThrownBy(() -> update(dispatcher, job,
				Map.of("note", "later", "uuid", UUID.randomUUID().toString(), "flavour", "x", "title", "changed")))
			.isInstanceOfSatisfying(PatchRejectedException.class,
					ex -> assertThat(ex.violations().byField()).containsKeys("note", "uuid", "flavour"));
		assertThat(demo.version(job.uuid())).isZero();
	}

	@Test
	void p5TimeWindowIsJudgedAgainstTheStoredStart() {
		StoredJob job = newJob(Map.of("scheduled_time_start", "10:00"));
		assertThatThrownBy(() -> update(dispatcher, job, Map.of("scheduled_time_end", "09:30"))).isInstanceOfSatisfying(
				PatchRejectedException.class,
				ex -> assertThat(ex.violations().byField()).containsKey("scheduled_time_end"));
		assertThat(update(dispatcher, job, Map.of("scheduled_time_end", "11:30")).values()
			.get(JobField.SCHEDULED_TIME_END)).hasToString("11:30");
	}

	@Test
	void p6InactiveOrForeignReferencesAreRefused() {
		StoredJob job = newJob(Map.of());
		UUID inactive = UUID.randomUUID();
		jdbc.sql("INSERT INTO staff_users (id, company_id, email, display_name, role, password_hash, active) "
				+ "VALUES (:id, :c, :e, 'Gone', 'TECHNICIAN', 'x', false)")
			.param("id", inactive)
			.param("c", demo.acme())
			.param("e", inactive + "@acme.test")
			.update();
		assertThatThrownBy(() -> update(dispatcher, job,
				Map.of("assigned_to_user_id", inactive.toString(), "customer_uuid",
						demo.customer("Bolt Plumbing", 1).toString())))
			.isInstanceOfSatisfying(PatchRejectedException.class,
					ex -> assertThat(ex.violations().byField()).containsKeys("assigned_to_user_id", "customer_uuid"));
	}

	@Test
	void p7WorkerEmailAssignsAndEmptyStringUnassigns() {
		StoredJob job = newJob(Map.of());
		assertThat(update(dispatcher, job, Map.of("worker", "priya@acme.test")).values().assignedToUserId())
			.isEqualTo(demo.staffId("priya@acme.test"));
		assertThat(update(dispatcher, job, Map.of("assigned_to_user_id", "")).values().assignedToUserId()).isNull();
	}

	@Test
	void p8CustomFieldsReplaceTheWholeSetAndFollowTheirDefinition() {
		StoredJob job = newJob(Map.of("custom_fields",
				List.of(Map.of("key", "PO_Number", "val", "PO-1"), Map.of("key", "Department", "val", "Sales"))));
		StoredJob replaced = update(dispatcher, job,
				Map.of("custom_fields", List.of(Map.of("key", "Roof_Pitch", "val", "6"))));
		assertThat(replaced.values().customFields()).extracting(cf -> cf.key()).containsExactly("Roof_Pitch");
		assertThatThrownBy(() -> update(dispatcher, job,
				Map.of("custom_fields", List.of(Map.of("key", "Department", "val", "Space")))))
			.isInstanceOf(PatchRejectedException.class);
	}

	@Test
	void p9ExternalDataMergeAndReplaceStayWithinOneApplication() {
		String crm = UUID.randomUUID().toString();
		String erp = UUID.randomUUID().toString();
		StoredJob job = newJob(Map.of());
		update(dispatcher, job, Map.of("external_data",
				Map.of("application_guid", erp, "external_data", List.of(Map.of("key", "id", "value", "E-1")))));
		update(dispatcher, job, Map.of("external_data", Map.of("application_guid", crm, "external_data",
				List.of(Map.of("key", "a", "value", "1"), Map.of("key", "b", "value", "2")))));
		Map<String, Object> remove = new HashMap<>();
		remove.put("key", "a");
		remove.put("value", null);
		StoredJob merged = update(dispatcher, job, Map.of("external_data", Map.of("application_guid", crm, "patch_mode",
				"Merge", "external_data", List.of(remove, Map.of("key", "c", "value", "3")))));
		assertThat(merged.values().externalData())
			.isEqualTo(Map.of(crm, Map.of("b", "2", "c", "3"), erp, Map.of("id", "E-1")));
	}

	@Test
	void p10NestedCustomerFieldsPatchTheCustomerAndCoordinatesAreOneUnit() {
		StoredJob job = newJob(Map.of());
		update(dispatcher, job, Map.of("customer", Map.of("phone", "+1 720 555 0199"), "coordinates",
				Map.of("lat", 39.7, "lng", -105.1)));
		String phone = jdbc.sql("SELECT phone FROM customers WHERE id = :id")
			.param("id", job.values().customerUuid())
			.query(String.class)
			.single();
		assertThat(phone).isEqualTo("+1 720 555 0199");
		assertThatThrownBy(() -> update(dispatcher, job, Map.of("customer", Map.of("first_name", ""))))
			.isInstanceOfSatisfying(PatchRejectedException.class,
					ex -> assertThat(ex.violations().byField()).containsKey("customer.first_name"));
		assertThatThrownBy(() -> update(dispatcher, job, Map.of("coordinates", Map.of("lat", 39.7))))
			.isInstanceOf(PatchRejectedException.class);
	}

	@Test
	void p11EnteringInProgressStampsStartedAt() {
		StoredJob job = newJob(Map.of());
		assertThat(update(dispatcher, job, Map.of("status", "In Progress")).values().get(JobField.STARTED_AT))
			.isNotNull();
	}

	@Test
	void p12StatusChangeNotifiesTheAssigneeUnlessNotifyIsFalse() {
		UUID sam = demo.staffId("sam@acme.test");
		StoredJob job = newJob(Map.of("assigned_to_user_id", sam.toString()));
		long before = demo.notifications(sam);
		update(dispatcher, job, Map.of("status", "Scheduled"));
		assertThat(demo.notifications(sam)).isEqualTo(before + 1);
		update(dispatcher, job, Map.of("status", "Contacted", "notify", false));
		assertThat(demo.notifications(sam)).isEqualTo(before + 1);
	}

	@Test
	void p13TechnicianChangesStatusOfOwnJobButNotTitleNorDayWithoutTheSetting() {
		StoredJob job = newJob(Map.of("assigned_to_user_id", tech.toString()));
		assertThat(update(technician, job, Map.of("status", "In Progress", "closing_notes", "done")).values()
			.status()
			.label()).isEqualTo("In Progress");
		assertThatThrownBy(() -> update(technician, job, Map.of("title", "mine now"))).isInstanceOfSatisfying(
				PatchRejectedException.class, ex -> assertThat(ex.violations().forbidden()).isTrue());
		assertThatThrownBy(() -> update(technician, job, Map.of("scheduled_date", LocalDate.now().toString())))
			.isInstanceOf(PatchRejectedException.class);
		jdbc.sql("UPDATE companies SET workers_edit_job = true WHERE id = :c").param("c", demo.acme()).update();
		try {
			assertThat(update(technician, job, Map.of("scheduled_date", "2027-01-15")).values().scheduledDate())
				.isEqualTo(LocalDate.of(2027, 1, 15));
		}
		finally {
			jdbc.sql("UPDATE companies SET workers_edit_job = false WHERE id = :c").param("c", demo.acme()).update();
		}
		StoredJob other = newJob(Map.of());
		assertThatThrownBy(() -> update(technician, other, Map.of("status", "Complete"))).isInstanceOfSatisfying(
				PatchRejectedException.class, ex -> assertThat(ex.violations().forbidden()).isTrue());
		assertThatThrownBy(() -> jobs.get(technician, other.uuid())).isInstanceOf(JobNotFoundException.class);
	}

	@Test
	void p14DeletedJobsCannotBePatchedUntilRestored() {
		StoredJob job = newJob(Map.of());
		jobs.softDelete(dispatcher, job.uuid(), null);
		assertThatThrownBy(() -> update(dispatcher, job, Map.of("title", "x")))
			.isInstanceOf(JobNotFoundException.class);
		assertThatThrownBy(() -> jobs.softDelete(technician, job.uuid(), null))
			.isInstanceOf(PatchRejectedException.class);
		jobs.restore(dispatcher, job.uuid());
		assertThat(update(dispatcher, job, Map.of("title", "x")).values().title()).isEqualTo("x");
	}

	@Test
	void p15StaleVersionIsRefusedAndWritesNothing() {
		StoredJob job = newJob(Map.of());
		update(dispatcher, job, Map.of("title", "first"));
		assertThatThrownBy(() -> jobs.update(dispatcher, job.uuid(), Patch.of(Map.of("priority", "High")),
				job.version(), Channel.UI))
			.isInstanceOf(StaleJobException.class);
		assertThat(jobs.get(dispatcher, job.uuid()).values().priority().label()).isEqualTo("Normal");
	}

	@Test
	void p15TwoConcurrentPatchesOfDifferentFieldsBothWin() throws Exception {
		for (int round = 0; round < 5; round++) {
			StoredJob job = newJob(Map.of());
			CountDownLatch start = new CountDownLatch(1);
			CompletableFuture<StoredJob> a = CompletableFuture.supplyAsync(() -> {
				await(start);
				return Tenancy.forCompany(dispatcher.companyId(),
						() -> update(dispatcher, job, Map.of("description", "from A")));
			});
			CompletableFuture<StoredJob> b = CompletableFuture.supplyAsync(() -> {
				await(start);
				return Tenancy.forCompany(dispatcher.companyId(),
						() -> update(dispatcher, job, Map.of("internal_notes", "from B")));
			});
			start.countDown();
			a.get();
			b.get();
			StoredJob result = jobs.get(dispatcher, job.uuid());
			assertThat(result.values().get(JobField.DESCRIPTION)).isEqualTo("from A");
			assertThat(result.values().get(JobField.INTERNAL_NOTES)).isEqualTo("from B");
			assertThat(result.version()).isEqualTo(2);
		}
	}

	@Test
	void p17HistoryHoldsOldAndNewValuesPerChangedField() {
		StoredJob job = newJob(Map.of());
		update(dispatcher, job, Map.of("title", "Renamed", "priority", "Emergency", "description", "same"));
		List<Map<String, Object>> rows = jdbc
			.sql("SELECT field, old_value::text AS old, new_value::text AS new, channel FROM job_history "
					+ "WHERE job_id = :id AND field IN ('title', 'priority', 'description') AND old_value <> 'null' ORDER BY field")
			.param("id", job.id())
			.query()
			.listOfRows();
		assertThat(rows)
			.extracting(r -> r.get("field") + ":" + r.get("old") + "->" + r.get("new") + "@" + r.get("channel"))
			.containsExactly("priority:\"Normal\"->\"Emergency\"@ui", "title:\"Rules job\"->\"Renamed\"@ui");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
