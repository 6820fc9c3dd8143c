package com.crewdesk.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard shows. A company-wide dashboard has the tiles and the chart; a
 * dashboard limited to one person's jobs has their status counts and agenda.
 *
 * @param today today in the company's time zone
 * @param soonUntil the last day of "the next 7 days" (today + 7)
 */
public record Dashboard(LocalDate today, LocalDate soonUntil, List<Link<StatusCount>> statuses, long total,
		Link<DashboardQueries.Unassigned> unassigned, String unassignedSoonHref, Link<Long> overdue,
		List<Link<DashboardQueries.StaffDay>> technicians, WeekChart chart, List<DashboardQueries.AgendaJob> agenda) {

	/** A number (or row) and the jobs list filtered to exactly those jobs. */
	public record Link<T>(T value, String href) {
	}

	public boolean companyWide() {
		return chart != null;
	}

}
