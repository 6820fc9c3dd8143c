package com.crewdesk.board;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The board's rules in one place, plain Java: which day is "today", how a drop time
 * snaps, how long a moved job lasts, which jobs of a technician overlap and how full a
 * row is. Who may see and move is the Rulebook's question ({@code seesBoard},
 * {@code movesOnBoard}).
 */
public final class BoardRules {

	/** Times snap to quarter hours. */
	public static final int SNAP_MINUTES = 15;

	/** The hours shown without scrolling. */
	public static final LocalTime VIEW_START = LocalTime.of(7, 0);

	public static final LocalTime VIEW_END = LocalTime.of(19, 0);

	/** A technician's working time per day, when nothing else is known (8 h). */
	public static final int WORKING_MINUTES_PER_DAY = 8 * 60;

	/** How long a job lasts that has a start but no end, or no times before its move. */
	public static final Duration DEFAULT_DURATION = Duration.ofHours(1);

	private static final LocalTime LAST_START = LocalTime.of(23, 45);

	private static final LocalTime LAST_END = LocalTime.of(23, 59);

	private BoardRules() {
	}

	/** Today in the company's time zone: the day a board shows when none is asked for. */
	public static LocalDate today(ZoneId zone, Instant now) {
		return now.atZone(zone).toLocalDate();
	}

	/** The Monday of the week that holds {@code day}. */
	public static LocalDate weekStart(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The nearest quarter hour; never later than 23:45, so an end still fits the day. */
	public static LocalTime snap(LocalTime time) {
		int minutes = time.getHour() * 60 + time.getMinute() + (time.getSecond() >= 30 ? 1 : 0);
		int snapped = Math.round(minutes / (float) SNAP_MINUTES) * SNAP_MINUTES;
		LocalTime result = LocalTime.MIN.plusMinutes(Math.min(snapped, 24 * 60 - SNAP_MINUTES));
		return result.isAfter(LAST_START) ? LAST_START : result;
	}

	/** How long a job lasts: its end minus its start, one hour when either is missing. */
	public static Duration duration(LocalTime start, LocalTime end) {
		return start != null && end != null && end.isAfter(start) ? Duration.between(start, end) : DEFAULT_DURATION;
	}

	/**
	 * The window of a job moved to {@code start}: snapped, its duration kept, ending at
	 * the latest at 23:59.
	 */
	public static Window moveTo(LocalTime start, LocalTime oldStart, LocalTime oldEnd) {
		LocalTime from = snap(start);
		long minutes = duration(oldStart, oldEnd).toMinutes();
		long room = Duration.between(from, LAST_END).toMinutes();
		return new Window(from, from.plusMinutes(Math.min(minutes, room)));
	}

	/**
	 * A new end for a job starting at {@code start}: snapped, and at least one quarter
	 * hour after the start.
	 */
	public static Window resize(LocalTime start, LocalTime end) {
		LocalTime to = snap(end);
		if (!to.isAfter(start)) {
			to = start.plusMinutes(SNAP_MINUTES);
			if (to.isBefore(start)) {
				to = LAST_END;
			}
		}
		return new Window(start, to);
	}

	/**
	 * The jobs among {@code timed} that overlap another one (a technician's double
	 * booking); touching ends do not overlap.
	 */
	public static Set<UUID> overlapping(List<Timed> timed) {
		List<Timed> sorted = new ArrayList<>(timed);
		sorted.sort(Comparator.comparing(Timed::start));
		Set<UUID> result = new HashSet<>();
		Timed longest = null;
		for (Timed job : sorted) {
			if (longest != null && job.start().isBefore(longest.end())) {
				result.add(job.id());
				result.add(longest.id());
			}
			if (longest == null || job.end().isAfter(longest.end())) {
				longest = job;
			}
		}
		return result;
	}

	/**
	 * The minutes a job books: its window, one hour with a start only, none without
	 * times.
	 */
	public static long bookedMinutes(LocalTime start, LocalTime end) {
		return start == null ? 0 : duration(start, end).toMinutes();
	}

	/** How full a row is: booked hours against working hours over {@code days} days. */
	public static Capacity capacity(long bookedMinutes, int days) {
		return new Capacity(bookedMinutes, (long) WORKING_MINUTES_PER_DAY * days);
	}

	/** A start and an end on one day. */
	public record Window(LocalTime start, LocalTime end) {
	}

	/** A job with times, for overlap checks. */
	public record Timed(UUID id, LocalTime start, LocalTime end) {

		/** A job's window as the board draws it (an hour when it has no end). */
		public static Timed of(UUID id, LocalTime start, LocalTime end) {
			if (end != null && end.isAfter(start)) {
				return new Timed(id, start, end);
			}
			LocalTime assumed = start.plus(DEFAULT_DURATION);
			return new Timed(id, start, assumed.isBefore(start) ? LAST_END : assumed);
		}

		public Window window() {
			return new Window(start, end);
		}

	}

	/** Booked against working minutes. */
	public record Capacity(long bookedMinutes, long workingMinutes) {

		public boolean over() {
			return bookedMinutes > workingMinutes;
		}

		/** "6.5 h / 8 h". */
		public String label() {
			return hours(bookedMinutes) + " h / " + hours(workingMinutes) + " h";
		}

		private static String hours(long minutes) {
			return minutes % 60 == 0 ? Long.toString(minutes / 60)
					: java.math.BigDecimal.valueOf(minutes)
						.divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
						.stripTrailingZeros()
						.toPlainString();
		}

	}

}
