package com.crewdesk.board;

import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a board shows: a day or a week, the technicians (none chosen: all), statuses and
 * priorities (none chosen: all), and the tray's search. The URL holds all of it.
 */
public record BoardFilter(Span span, LocalDate day, Set<UUID> technicians, Set<JobStatus> statuses,
		Set<JobPriority> priorities, String traySearch) {

	public enum Span {

		DAY, WEEK;

		public String param() {
			return name().toLowerCase();
		}

	}

	public BoardFilter {
		technicians = Set.copyOf(technicians);
		statuses = Set.copyOf(statuses);
		priorities = Set.copyOf(priorities);
		traySearch = traySearch == null ? "" : traySearch.strip();
	}

	public static BoardFilter day(LocalDate day) {
		return new BoardFilter(Span.DAY, day, Set.of(), Set.of(), Set.of(), "");
	}

	public boolean week() {
		return span == Span.WEEK;
	}

	/** The first day shown: the day itself, or the Monday of its week. */
	public LocalDate from() {
		return week() ? BoardRules.weekStart(day) : day;
	}

	/** The last day shown. */
	public LocalDate to() {
		return week() ? from().plusDays(6) : day;
	}

	public List<LocalDate> days() {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = from(); !d.isAfter(to()); d = d.plusDays(1)) {
			days.add(d);
		}
		return days;
	}

	public boolean showsTechnician(UUID id) {
		return technicians.isEmpty() || technicians.contains(id);
	}

	public boolean hasStatus(JobStatus status) {
		return statuses.contains(status);
	}

	public boolean hasPriority(JobPriority priority) {
		return priorities.contains(priority);
	}

	public boolean hasTechnician(UUID id) {
		return technicians.contains(id);
	}

	public List<String> statusLabels() {
		return statuses.stream().map(JobStatus::label).sorted().toList();
	}

	public List<String> priorityLabels() {
		return priorities.stream().map(JobPriority::label).sorted().toList();
	}

	public BoardFilter withSpan(Span other, LocalDate otherDay) {
		return new BoardFilter(other, otherDay, technicians, statuses, priorities, traySearch);
	}

	/** The board's address with this filter: "/board?span=day&day=…". */
	public String url() {
		return url("/board");
	}

	/** Another of the board's addresses (changes, rows) with this filter. */
	public String url(String path) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path)
			.queryParam("span", span.param())
			.queryParam("day", day.toString());
		technicians.stream().map(UUID::toString).sorted().forEach(t -> uri.queryParam("tech", t));
		statusLabels().forEach(s -> uri.queryParam("status", s));
		priorityLabels().forEach(p -> uri.queryParam("priority", p));
		if (!traySearch.isEmpty()) {
			uri.queryParam("q", traySearch);
		}
		return uri.encode().build().toUriString();
	}

	/** The same board one step (a day or a week) earlier or later. */
	public String stepUrl(int steps) {
		return withSpan(span, day.plusDays((long) steps * (week() ? 7 : 1))).url();
	}

	public String dayUrl() {
		return withSpan(Span.DAY, day).url();
	}

	public String weekUrl() {
		return withSpan(Span.WEEK, day).url();
	}

	static <T> Set<T> setOf(List<T> values) {
		return values == null ? Set.of() : new LinkedHashSet<>(values);
	}

}
