package com.crewdesk.board;

import com.crewdesk.board.BoardQuery.BoardJob;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A move made on the board, by dragging or with a card's menu, and the one patch it
 * becomes: assign and schedule (duration kept, snapped to 15 minutes), schedule for "any
 * time", unassign, or a new end time. Notifications follow the engine's default (P12).
 */
public record BoardMove(Kind kind, UUID assignee, LocalDate date, LocalTime start, LocalTime end) {

	public enum Kind {

		/** Onto a technician (and a day, and a time when given). */
		ASSIGN,
		/**
		 * To a day and times given in full ("Move to…"); the assignee stays unless given.
		 */
		MOVE,
		/** Back to the tray. */
		UNASSIGN,
		/** A new end time. */
		RESIZE

	}

	/** A move's parameter was not understood: 400 naming it. */
	public static class BadMove extends RuntimeException {

		private final String field;

		BadMove(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return field;
		}

	}

	/** Reads a move from the request's text, naming the field it cannot read. */
	public static BoardMove parse(String action, String assignee, String date, String start, String end) {
		Kind kind = switch (action == null ? "" : action) {
			case "assign" -> Kind.ASSIGN;
			case "move" -> Kind.MOVE;
			case "unassign" -> Kind.UNASSIGN;
			case "resize" -> Kind.RESIZE;
			default -> throw new BadMove("action", "must be assign, move, unassign or resize");
		};
		BoardMove move = new BoardMove(kind, uuid(assignee), date(date), time("start", start), time("end", end));
		if (kind == Kind.ASSIGN && move.assignee == null) {
			throw new BadMove("assignee", "choose a technician");
		}
		if (kind == Kind.MOVE && move.date == null) {
			throw new BadMove("date", "choose a date");
		}
		if (kind == Kind.RESIZE && move.end == null) {
			throw new BadMove("end", "choose an end time");
		}
		return move;
	}

	/**
	 * The patch (API field names) that makes this move of {@code job}; {@code day} is the
	 * board's day, for a job without a date that is assigned from the menu.
	 */
	public Map<String, Object> patch(BoardJob job, LocalDate day) {
		Map<String, Object> patch = new HashMap<>();
		switch (kind) {
			case UNASSIGN -> patch.put("assigned_to_user_id", null);
			case RESIZE -> {
				if (job.start() == null) {
					throw new BadMove("end", "the job has no start time");
				}
				patch.put("scheduled_time_end", BoardRules.resize(job.start(), end).end().toString());
			}
			case ASSIGN -> {
				patch.put("assigned_to_user_id", assignee.toString());
				LocalDate on = date != null ? date : job.date() != null ? job.date() : day;
				patch.put("scheduled_date", on.toString());
				if (start != null) {
					putWindow(patch, BoardRules.moveTo(start, job.start(), job.end()));
				}
				else if (date != null && job.date() != null && !date.equals(job.date())) {
					patch.put("scheduled_time_start", null);
					patch.put("scheduled_time_end", null);
				}
			}
			case MOVE -> {
				if (assignee != null) {
					patch.put("assigned_to_user_id", assignee.toString());
				}
				patch.put("scheduled_date", date.toString());
				if (start == null) {
					patch.put("scheduled_time_start", null);
					patch.put("scheduled_time_end", null);
				}
				else {
					putWindow(patch, end == null ? BoardRules.moveTo(start, job.start(), job.end())
							: BoardRules.resize(BoardRules.snap(start), end));
				}
			}
		}
		return patch;
	}

	/**
	 * The window the job gets (for the overlap warning), or null when it has no times.
	 */
	public BoardRules.Window window(BoardJob job) {
		return switch (kind) {
			case UNASSIGN -> null;
			case RESIZE -> job.start() == null ? null : BoardRules.resize(job.start(), end);
			case ASSIGN -> start != null ? BoardRules.moveTo(start, job.start(), job.end())
					: job.start() == null || (date != null && !date.equals(job.date())) ? null
							: BoardRules.Timed.of(job.uuid(), job.start(), job.end()).window();
			case MOVE -> start == null ? null : end == null ? BoardRules.moveTo(start, job.start(), job.end())
					: BoardRules.resize(BoardRules.snap(start), end);
		};
	}

	private static void putWindow(Map<String, Object> patch, BoardRules.Window window) {
		patch.put("scheduled_time_start", window.start().toString());
		patch.put("scheduled_time_end", window.end().toString());
	}

	private static UUID uuid(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BadMove("assignee", "is not a staff member");
		}
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.getYear() < 1900 || date.getYear() > 2200) {
				throw new BadMove("date", "must be between 1900-01-01 and 2200-12-31");
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new BadMove("date", "must be a date like 2026-03-14");
		}
	}

	private static LocalTime time(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadMove(field, "must be a time like 10:30");
		}
	}

}
