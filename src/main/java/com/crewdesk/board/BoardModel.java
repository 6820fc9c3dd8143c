package com.crewdesk.board;

import com.crewdesk.board.BoardQuery.BoardJob;
import com.crewdesk.board.BoardQuery.Technician;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds what the board template draws from the query's rows and the board's rules:
 * technician rows with their cards placed on the quarter-hour grid (day) or in their day
 * (week), overlap marks, capacity, and the tray.
 */
@Component
public class BoardModel {

	/** The tray shows at most this many jobs that wait for a date. */
	static final int UNSCHEDULED_LIMIT = 50;

	private final BoardQuery query;

	BoardModel(BoardQuery query) {
		this.query = query;
	}

	/** A job on the board: where it sits on the grid (quarter hours, 1-based). */
	public record Card(BoardJob job, int column, int span, boolean overlaps) {

		public String statusClass() {
			return "status-" + job.status().toLowerCase(Locale.ROOT).replace(' ', '-');
		}

		public String gridClass() {
			return "gs-" + column + " gw-" + span;
		}

		/** "10:00–11:30", "10:00", or "any time". */
		public String time() {
			if (job.start() == null) {
				return "any time";
			}
			return job.end() == null ? job.start().toString() : job.start() + "–" + job.end();
		}

		public String domId() {
			return "card-" + job.uuid();
		}

		/**
		 * All of the card's classes at once (one attribute for the template to work out,
		 * 600 times a day): status colour, grid place (day view), overlap, just moved.
		 */
		public String cssClass(boolean week, UUID flash) {
			StringBuilder classes = new StringBuilder("board-card ").append(statusClass());
			if (job.timed() && !week && column > 0) {
				classes.append(' ').append(gridClass());
			}
			if (overlaps) {
				classes.append(" card-overlap");
			}
			if (job.uuid().equals(flash)) {
				classes.append(" card-flash");
			}
			return classes.toString();
		}

		/** What follows the time: " · Scheduled", and " · overlap" when it overlaps. */
		public String statusText() {
			return " · " + job.status() + (overlaps ? " · overlap" : "");
		}

		/** Its end can be dragged (a timed card of the day view). */
		public boolean resizable(boolean week) {
			return job.timed() && !week;
		}

	}

	/** One technician's row: timed cards, the "any time" lane, cards per day (week). */
	public record Row(Technician technician, List<Card> timed, List<Card> anyTime, List<List<Card>> days,
			BoardRules.Capacity capacity, boolean overlapping) {

		public String domId() {
			return "row-" + technician.id();
		}

	}

	/** Unassigned jobs of the range, and those waiting for a date. */
	public record Tray(List<Card> dated, List<Card> unscheduled) {
	}

	/** The whole board. */
	public record Board(List<Row> rows, Tray tray, List<Technician> technicians) {
	}

	@Transactional(readOnly = true)
	public Board board(long companyId, BoardFilter filter) {
		List<Technician> all = query.technicians(companyId, filter.from(), filter.to());
		List<Technician> shown = all.stream().filter(t -> filter.showsTechnician(t.id())).toList();
		List<BoardJob> jobs = query.jobs(companyId, filter, ids(shown), true);
		return new Board(rows(filter, shown, jobs), tray(companyId, filter, jobs), all);
	}

	/** The rows of these technicians (when shown), for a partial update. */
	@Transactional(readOnly = true)
	public List<Row> rows(long companyId, BoardFilter filter, Set<UUID> only) {
		if (only.isEmpty()) {
			return List.of();
		}
		List<Technician> shown = query.technicians(companyId, filter.from(), filter.to(), only)
			.stream()
			.filter(t -> filter.showsTechnician(t.id()))
			.toList();
		return rows(filter, shown, query.jobs(companyId, filter, ids(shown), false));
	}

	@Transactional(readOnly = true)
	public Tray tray(long companyId, BoardFilter filter) {
		return tray(companyId, filter, query.jobs(companyId, filter, List.of(), true));
	}

	private Tray tray(long companyId, BoardFilter filter, List<BoardJob> jobs) {
		String term = filter.traySearch().toLowerCase(Locale.ROOT);
		List<Card> dated = jobs.stream()
			.filter(j -> j.assignee() == null && matches(j, term))
			.map(j -> new Card(j, 0, 0, false))
			.toList();
		List<Card> unscheduled = query.unscheduled(companyId, filter, UNSCHEDULED_LIMIT)
			.stream()
			.map(j -> new Card(j, 0, 0, false))
			.toList();
		return new Tray(dated, unscheduled);
	}

	static List<Row> rows(BoardFilter filter, List<Technician> technicians, List<BoardJob> jobs) {
		Map<UUID, List<BoardJob>> byAssignee = jobs.stream()
			.filter(j -> j.assignee() != null)
			.collect(Collectors.groupingBy(BoardJob::assignee, LinkedHashMap::new, Collectors.toList()));
		List<Row> rows = new ArrayList<>();
		for (Technician technician : technicians) {
			rows.add(row(filter, technician, byAssignee.getOrDefault(technician.id(), List.of())));
		}
		return rows;
	}

	static Row row(BoardFilter filter, Technician technician, List<BoardJob> jobs) {
		Set<UUID> overlapping = new java.util.HashSet<>();
		for (LocalDate day : filter.days()) {
			overlapping.addAll(BoardRules.overlapping(jobs.stream()
				.filter(j -> j.timed() && day.equals(j.date()))
				.map(j -> BoardRules.Timed.of(j.uuid(), j.start(), j.end()))
				.toList()));
		}
		List<Card> timed = new ArrayList<>();
		List<Card> anyTime = new ArrayList<>();
		List<List<Card>> days = new ArrayList<>();
		filter.days().forEach(d -> days.add(new ArrayList<>()));
		long booked = 0;
		for (BoardJob job : jobs) {
			booked += BoardRules.bookedMinutes(job.start(), job.end());
			Card card = card(job, overlapping.contains(job.uuid()));
			(job.timed() ? timed : anyTime).add(card);
			int index = (int) java.time.temporal.ChronoUnit.DAYS.between(filter.from(), job.date());
			if (index >= 0 && index < days.size()) {
				days.get(index).add(card);
			}
		}
		return new Row(technician, timed, anyTime, days, BoardRules.capacity(booked, filter.days().size()),
				!overlapping.isEmpty());
	}

	/**
	 * Whether the job overlaps another of its technician's that day, as its card in the
	 * rows just drawn says (the one overlap rule: {@link BoardRules#overlapping}); empty
	 * when those rows may not hold all of that day's jobs (a status or priority filter,
	 * another day, a technician not shown).
	 */
	static Optional<Boolean> overlapShown(BoardFilter filter, List<Row> rows, BoardJob job) {
		if (!job.timed() || job.assignee() == null) {
			return Optional.of(false);
		}
		if (!filter.statuses().isEmpty() || !filter.priorities().isEmpty() || !filter.days().contains(job.date())) {
			return Optional.empty();
		}
		return rows.stream()
			.filter(row -> row.technician().id().equals(job.assignee()))
			.flatMap(row -> row.timed().stream())
			.filter(card -> card.job().uuid().equals(job.uuid()))
			.findFirst()
			.map(Card::overlaps);
	}

	static Card card(BoardJob job, boolean overlaps) {
		if (!job.timed()) {
			return new Card(job, 0, 0, overlaps);
		}
		BoardRules.Timed window = BoardRules.Timed.of(job.uuid(), job.start(), job.end());
		int column = quarter(window.start()) + 1;
		int span = (int) Math.max(1, (Duration.between(window.start(), window.end()).toMinutes() + 14) / 15);
		return new Card(job, column, Math.min(span, 97 - column), overlaps);
	}

	private static int quarter(LocalTime time) {
		return (time.getHour() * 60 + time.getMinute()) / BoardRules.SNAP_MINUTES;
	}

	private static boolean matches(BoardJob job, String term) {
		return term.isEmpty() || job.number().toLowerCase(Locale.ROOT).contains(term)
				|| job.title().toLowerCase(Locale.ROOT).contains(term)
				|| (job.customer() != null && job.customer().toLowerCase(Locale.ROOT).contains(term));
	}

	private static Collection<UUID> ids(List<Technician> technicians) {
		return technicians.stream().map(Technician::id).toList();
	}

}
