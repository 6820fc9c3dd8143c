package com.crewdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.company.CompanySettingsService;
import com.crewdesk.patch.Actor;
import com.crewdesk.patch.Role;
import com.crewdesk.security.Caller;
import com.crewdesk.support.ApiClient;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.TestJobs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's numbers on real PostgreSQL: each counts exactly the jobs its rule
 * names, in the company's time zone, and never another company's. Tests share the
 * database, so each compares the numbers before and after creating its own jobs.
 */
@CrewdeskIntegrationTest
class DashboardIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DashboardQueries queries;

	@Autowired
	CompanySettingsService companies;

	@Autowired
	DashboardReport report;

	DemoData demo;

	TestJobs acmeJobs;

	Caller acmeDispatcher;

	@BeforeEach
	void setUp() {
		demo = new DemoData(jdbc);
		acmeJobs = new TestJobs(new ApiClient(port, "cd_demo_acme_key"), demo);
		acmeDispatcher = new Caller(demo.acme(), Actor.staff(demo.staffId("dispatch@acme.test"), Role.DISPATCHER));
	}

	@Test
	void overdueCountsOpenJobsScheduledBeforeTodayOnly() {
		LocalDate today = report.of(acmeDispatcher).today();
		long before = report.of(acmeDispatcher).overdue().value();

		acmeJobs.create("Overdue in progress",
				Map.of("status", "In Progress", "scheduled_date", today.minusDays(2).toString()));
		acmeJobs.create("Overdue new", Map.of("status", "New", "scheduled_date", today.minusDays(1).toString()));
		acmeJobs.create("Finished", Map.of("status", "Complete", "scheduled_date", today.minusDays(1).toString()));
		acmeJobs.create("Ready", Map.of("status", "Ready to Invoice", "scheduled_date", today.minusDays(3).toString()));
		acmeJobs.create("Today", Map.of("status", "Scheduled", "scheduled_date", today.toString()));
		acmeJobs.create("Unscheduled", Map.of("status", "New"));

		assertThat(report.of(acmeDispatcher).overdue().value()).isEqualTo(before + 2);
	}

	@Test
	void unassignedCountsOpenJobsWithoutAssigneeAndThoseScheduledInTheNextSevenDays() {
		Dashboard before = report.of(acmeDispatcher);
		LocalDate today = before.today();

		acmeJobs.create("Unassigned soon",
				Map.of("status", "Scheduled", "scheduled_date", today.plusDays(7).toString()));
		acmeJobs.create("Unassigned later",
				Map.of("status", "Scheduled", "scheduled_date", today.plusDays(8).toString()));
		acmeJobs.create("Unassigned done", Map.of("status", "Invoiced", "scheduled_date", today.toString()));
		acmeJobs.create("Assigned soon",
				Map.of("status", "Scheduled", "scheduled_date", today.toString(), "worker", "luis@acme.test"));

		Dashboard after = report.of(acmeDispatcher);
		assertThat(after.unassigned().value().open()).isEqualTo(before.unassigned().value().open() + 2);
		assertThat(after.unassigned().value().scheduledSoon())
			.isEqualTo(before.unassigned().value().scheduledSoon() + 1);
	}

	@Test
	void anotherCompanysJobsNeverCount() {
		Dashboard before = report.of(acmeDispatcher);
		Map<String, Object> body = new HashMap<>();
		body.put("customer_uuid", demo.customer("Bolt Plumbing", 1).toString());
		body.put("status", "New");
		body.put("scheduled_date", before.today().minusDays(1).toString());
		assertThat(
				new ApiClient(port, "cd_demo_bolt_key").post("/api/v1/jobs", withTitle(body, "Bolt overdue")).status())
			.isEqualTo(201);
		body.put("worker", "tech@bolt.test");
		body.put("scheduled_date", before.today().toString());
		assertThat(new ApiClient(port, "cd_demo_bolt_key").post("/api/v1/jobs", withTitle(body, "Bolt today")).status())
			.isEqualTo(201);

		Dashboard after = report.of(acmeDispatcher);
		assertThat(after.overdue().value()).isEqualTo(before.overdue().value());
		assertThat(after.unassigned().value()).isEqualTo(before.unassigned().value());
		assertThat(after.total()).isEqualTo(before.total());
		assertThat(after.technicians()).extracting(t -> t.value().name())
			.doesNotContain("Pete Piper")
			.containsExactlyInAnyOrderElementsOf(before.technicians().stream().map(t -> t.value().name()).toList());
	}

	@Test
	void todayIsTodayInTheCompanysTimeZone() {
		// 20:00 UTC is already tomorrow in Kiritimati (UTC+14).
		LocalDate utcDate = LocalDate.now(ZoneOffset.UTC);
		Clock evening = Clock.fixed(utcDate.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		long bolt = demo.companyId("Bolt Plumbing");
		String zoneBefore = jdbc.sql("SELECT time_zone FROM companies WHERE id = :c")
			.param("c", bolt)
			.query(String.class)
			.single();
		jdbc.sql("UPDATE companies SET time_zone = 'Pacific/Kiritimati' WHERE id = :c").param("c", bolt).update();
		try {
			DashboardReport kiritimati = new DashboardReport(queries, companies, evening);
			Caller boltAdmin = new Caller(bolt, Actor.staff(demo.staffId("admin@bolt.test"), Role.ADMIN));
			UUID tech = demo.staffId("tech@bolt.test");
			Dashboard before = kiritimati.of(boltAdmin);
			assertThat(before.today()).isEqualTo(utcDate.plusDays(1));

			ApiClient boltApi = new ApiClient(port, "cd_demo_bolt_key");
			Map<String, Object> body = new HashMap<>();
			body.put("customer_uuid", demo.customer("Bolt Plumbing", 2).toString());
			body.put("status", "Scheduled");
			body.put("worker", "tech@bolt.test");
			body.put("scheduled_date", utcDate.toString());
			assertThat(boltApi.post("/api/v1/jobs", withTitle(body, "Yesterday in Kiritimati")).status())
				.isEqualTo(201);
			body.put("scheduled_date", utcDate.plusDays(1).toString());
			assertThat(boltApi.post("/api/v1/jobs", withTitle(body, "Today in Kiritimati")).status()).isEqualTo(201);

			Dashboard after = kiritimati.of(boltAdmin);
			assertThat(after.overdue().value()).isEqualTo(before.overdue().value() + 1);
			assertThat(jobsToday(after, tech)).isEqualTo(jobsToday(before, tech) + 1);
			assertThat(after.technicians()
				.stream()
				.filter(t -> t.value().id().equals(tech))
				.findFirst()
				.orElseThrow()
				.href())
				.isEqualTo("/jobs?assignee=" + tech + "&from=" + utcDate.plusDays(1) + "&to=" + utcDate.plusDays(1));
		}
		finally {
			jdbc.sql("UPDATE companies SET time_zone = :z WHERE id = :c")
				.param("z", zoneBefore)
				.param("c", bolt)
				.update();
		}
	}

	@Test
	void thisWeeksBarsCountJobsCreatedAndCompleted() {
		Dashboard before = report.of(acmeDispatcher);
		TestJobs.Created job = acmeJobs.create("Created this week", Map.of());
		acmeJobs.patch(job, Map.of("status", "Complete"));

		Dashboard after = report.of(acmeDispatcher);
		WeekChart.Group thisWeek = after.chart().groups().get(11);
		WeekChart.Group thisWeekBefore = before.chart().groups().get(11);
		assertThat(after.chart().groups()).hasSize(12);
		assertThat(thisWeek.monday()).isEqualTo(after.today().with(java.time.DayOfWeek.MONDAY));
		assertThat(thisWeek.created().value()).isEqualTo(thisWeekBefore.created().value() + 1);
		assertThat(thisWeek.completed().value()).isEqualTo(thisWeekBefore.completed().value() + 1);
		assertThat(thisWeek.created().href())
			.isEqualTo("/jobs?created_from=" + thisWeek.monday() + "&created_to=" + thisWeek.monday().plusDays(6));
	}

	@Test
	void aTechniciansDashboardListsTheirJobsOfTheNextDaysInTimeOrder() {
		UUID luis = demo.staffId("luis@acme.test");
		Caller technician = new Caller(demo.acme(), Actor.staff(luis, Role.TECHNICIAN));
		LocalDate today = report.of(technician).today();
		acmeJobs.create("Agenda later", Map.of("worker", "luis@acme.test", "scheduled_date", today.toString(),
				"scheduled_time_start", "23:30", "scheduled_time_end", "23:45"));
		acmeJobs.create("Agenda in a week", Map.of("worker", "luis@acme.test", "scheduled_date",
				today.plusDays(7).toString(), "scheduled_time_start", "00:00", "scheduled_time_end", "00:15"));
		acmeJobs.create("Agenda too late",
				Map.of("worker", "luis@acme.test", "scheduled_date", today.plusDays(8).toString()));
		acmeJobs.create("Agenda someone else", Map.of("worker", "sam@acme.test", "scheduled_date", today.toString()));

		Dashboard mine = report.of(technician);

		assertThat(mine.companyWide()).isFalse();
		assertThat(mine.agenda()).extracting(DashboardQueries.AgendaJob::title)
			.contains("Agenda later", "Agenda in a week")
			.doesNotContain("Agenda too late", "Agenda someone else");
		assertThat(mine.agenda()).isSortedAccordingTo(java.util.Comparator.comparing(DashboardQueries.AgendaJob::day)
			.thenComparing(j -> j.start() == null ? java.time.LocalTime.MAX : j.start()));
	}

	private static long jobsToday(Dashboard dashboard, UUID technician) {
		return dashboard.technicians()
			.stream()
			.filter(t -> t.value().id().equals(technician))
			.findFirst()
			.orElseThrow()
			.value()
			.jobs();
	}

	private static Map<String, Object> withTitle(Map<String, Object> body, String title) {
		Map<String, Object> copy = new HashMap<>(body);
		copy.put("title", title);
		return copy;
	}

}
