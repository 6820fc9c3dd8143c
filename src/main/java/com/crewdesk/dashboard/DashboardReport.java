package com.crewdesk.dashboard;

import com.crewdesk.company.CompanySettingsService;
import com.crewdesk.patch.JobStatus;
import com.crewdesk.patch.Rulebook;
import com.crewdesk.security.Caller;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the dashboard for a caller: "today" is today in the company's time zone, every
 * number comes with the jobs list URL that shows exactly those jobs, and who sees what is
 * the Rulebook's answer (jobs limited to one person, who takes jobs in the field).
 */
@Component
public class DashboardReport {

	/** How many days after today count as "the next days" (today + 7). */
	static final int SOON_DAYS = 7;

	static final int WEEKS = 12;

	private static final List<String> OPEN = Arrays.stream(JobStatus.values())
		.filter(status -> !DashboardQueries.FINISHED.contains(status))
		.map(JobStatus::label)
		.toList();

	private final DashboardQueries queries;

	private final CompanySettingsService companies;

	private final Clock clock;

	@Autowired
	DashboardReport(DashboardQueries queries, CompanySettingsService companies) {
		this(queries, companies, Clock.systemUTC());
	}

	DashboardReport(DashboardQueries queries, CompanySettingsService companies, Clock clock) {
		this.queries = queries;
		this.companies = companies;
		this.clock = clock;
	}

	/**
	 * One snapshot for every number (repeatable read), so the tiles agree with each other
	 * even while jobs change.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Dashboard of(Caller caller) {
		ZoneId zone = companies.zone(caller.companyId());
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate soonUntil = today.plusDays(SOON_DAYS);
		UUID onlyAssignee = caller.jobsLimitedTo();
		List<StatusCount> counts = queries.countsByStatus(caller.companyId(), onlyAssignee);
		List<Dashboard.Link<StatusCount>> statuses = counts.stream()
			.map(count -> new Dashboard.Link<>(count, list().queryParam("status", count.status()).toUriString()))
			.toList();
		long total = counts.stream().mapToLong(StatusCount::count).sum();
		if (onlyAssignee != null) {
			return new Dashboard(today, soonUntil, statuses, total, null, null, null, List.of(), null,
					queries.agenda(caller.companyId(), onlyAssignee, today, soonUntil));
		}
		long company = caller.companyId();
		var unassigned = new Dashboard.Link<>(queries.unassigned(company, today, soonUntil),
				open().queryParam("assignee", "unassigned").toUriString());
		String unassignedSoon = open().queryParam("assignee", "unassigned")
			.queryParam("from", today)
			.queryParam("to", soonUntil)
			.toUriString();
		var overdue = new Dashboard.Link<>(queries.overdue(company, today),
				open().queryParam("to", today.minusDays(1)).toUriString());
		var technicians = queries.jobsOn(company, today)
			.stream()
			.filter(person -> Rulebook.takesJobsInTheField(person.role()))
			.map(person -> new Dashboard.Link<>(person,
					list().queryParam("assignee", person.id())
						.queryParam("from", today)
						.queryParam("to", today)
						.toUriString()))
			.toList();
		LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<LocalDate> mondays = IntStream.range(0, WEEKS)
			.mapToObj(i -> thisMonday.minusWeeks(WEEKS - 1 - i))
			.toList();
		WeekChart chart = WeekChart.of(queries.weeks(company, mondays),
				(kind, monday) -> list().queryParam(kind + "_from", monday)
					.queryParam(kind + "_to", monday.plusDays(6))
					.toUriString());
		return new Dashboard(today, soonUntil, statuses, total, unassigned, unassignedSoon, overdue, technicians, chart,
				List.of());
	}

	private static UriComponentsBuilder list() {
		return UriComponentsBuilder.fromPath("/jobs");
	}

	/** The list of open jobs (every status but the finished ones). */
	private static UriComponentsBuilder open() {
		UriComponentsBuilder builder = list();
		OPEN.forEach(status -> builder.queryParam("status", status));
		return builder;
	}

}
