package com.crewdesk.board;

import com.crewdesk.board.BoardFilter.Span;
import com.crewdesk.board.BoardQuery.BoardJob;
import com.crewdesk.board.BoardQuery.ChangeState;
import com.crewdesk.company.CompanySettingsService;
import com.crewdesk.jobs.JobNotFoundException;
import com.crewdesk.jobs.PatchRejectedException;
import com.crewdesk.jobs.StaleJobException;
import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobStatus;
import com.crewdesk.patch.Rulebook;
import com.crewdesk.security.Caller;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.web.ServerTiming;
import com.crewdesk.web.ViolationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dispatch board at /board: the page, a card's menu, moves ({@link BoardMoves}: one
 * patch, channel BOARD, against the version the board was drawn with), and "changes
 * since" for the open boards. Rows touched by a change are drawn again, nothing else.
 */
@Controller
class BoardController {

	private static final String UPDATES = "board/board :: updates";

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private final BoardModel boards;

	private final BoardQuery query;

	private final BoardMoves moves;

	private final CompanySettingsService companies;

	BoardController(BoardModel boards, BoardQuery query, BoardMoves moves, CompanySettingsService companies) {
		this.boards = boards;
		this.query = query;
		this.moves = moves;
		this.companies = companies;
	}

	@GetMapping("/board")
	String board(@AuthenticationPrincipal CrewdeskUser user, BoardParams params, Model model,
			HttpServletResponse response) {
		BoardFilter filter = filter(user, params);
		model.addAttribute("board", ServerTiming.measure(response, "db", () -> boards.board(user.companyId(), filter)));
		model.addAttribute("statuses", JobStatus.values());
		model.addAttribute("priorities", JobPriority.values());
		addCommon(model, user, filter, Instant.now());
		return "board/board";
	}

	/**
	 * Nothing changed since the board's last look: 204. Otherwise the rows (and the tray)
	 * the changed jobs are in now or were taken from, and the next poll.
	 */
	@GetMapping("/board/changes")
	String changes(@AuthenticationPrincipal CrewdeskUser user, BoardParams params,
			@RequestParam(defaultValue = "0") String since, @RequestParam(defaultValue = "") String seen, Model model,
			HttpServletResponse response) {
		BoardFilter filter = filter(user, params);
		Instant from = instant(since);
		ChangeState state = ServerTiming.measure(response, "db", () -> query.state(user.companyId(), from));
		if (state.token().equals(seen)) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		BoardQuery.Changed changed = query.changedSince(user.companyId(), from);
		model.addAttribute("rows", boards.rows(user.companyId(), filter, changed.assignees()));
		model.addAttribute("tray", changed.unassigned() ? boards.tray(user.companyId(), filter) : null);
		// The next poll looks from now on (and the margin back): a stored updated_at may
		// lie in the future.
		addCommon(model, user, filter, Instant.now());
		return UPDATES;
	}

	/** A card's menu: "Assign to…", "Move to…", "Unassign" (those who move jobs only). */
	@GetMapping("/board/cards/{uuid}/menu")
	String menu(@AuthenticationPrincipal CrewdeskUser user, @PathVariable UUID uuid, BoardParams params, Model model) {
		requireMover(user);
		BoardFilter filter = filter(user, params);
		model.addAttribute("job", query.job(user.companyId(), uuid).orElseThrow(BoardController::notFound));
		model.addAttribute("technicians", query.technicians(user.companyId(), filter.from(), filter.to()));
		model.addAttribute("filter", filter);
		return "board/board :: menu";
	}

	/**
	 * Draws a job's row again as stored now, and the row (or the tray) the page shows it
	 * in: "reload the card".
	 */
	@GetMapping("/board/rows")
	String rows(@AuthenticationPrincipal CrewdeskUser user, BoardParams params,
			@RequestParam(required = false) UUID job, @RequestParam(required = false) String from, Model model) {
		BoardFilter filter = filter(user, params);
		Set<UUID> rows = new HashSet<>();
		boolean tray = from == null || from.isBlank();
		if (!tray) {
			rows.add(parseUuid(from));
		}
		if (job != null) {
			Optional<BoardJob> current = query.job(user.companyId(), job);
			current.map(BoardJob::assignee).ifPresent(rows::add);
			tray |= current.map(j -> j.assignee() == null).orElse(false);
		}
		model.addAttribute("rows", boards.rows(user.companyId(), filter, rows));
		model.addAttribute("tray", tray ? boards.tray(user.companyId(), filter) : null);
		addCommon(model, user, filter, null);
		return UPDATES;
	}

	@PostMapping("/board/moves")
	String move(@AuthenticationPrincipal CrewdeskUser user, BoardParams params,
			@RequestParam(required = false) UUID job, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String action, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String date, @RequestParam(required = false) String start,
			@RequestParam(required = false) String end, @RequestParam(required = false) String from, Model model,
			HttpServletResponse response) {
		requireMover(user);
		BoardFilter filter = filter(user, params);
		addCommon(model, user, filter, null);
		if (job == null || version == null) {
			return refused(model, response, HttpStatus.BAD_REQUEST,
					job == null ? "job: choose a job" : "version: missing");
		}
		Caller caller = Caller.of(user);
		try {
			BoardMove move = BoardMove.parse(action, assignee, date, start, end);
			BoardMoves.Moved moved = moves.move(caller, job, version, move, filter);
			model.addAttribute("rows", moved.rows());
			model.addAttribute("tray", moved.tray());
			model.addAttribute("flashCard", job);
			model.addAttribute("message", moved.saved().jobNumber() + " " + where(moved.after(), filter) + "."
					+ (moved.overlap() ? " It overlaps another job of this technician." : ""));
			model.addAttribute("warning", moved.overlap());
			return UPDATES;
		}
		catch (BoardMove.BadMove ex) {
			return refused(model, response, HttpStatus.BAD_REQUEST, ex.field() + ": " + ex.getMessage());
		}
		catch (StaleJobException ex) {
			String who = query.lastChange(user.companyId(), job)
				.map(c -> "changed by " + c.by() + " at " + HH_MM.format(c.at().atZone(zone(user))))
				.orElse("changed by someone else");
			model.addAttribute("staleJob", job);
			model.addAttribute("staleFrom", from == null ? "" : from);
			return refused(model, response, ViolationStatus.staleForPeople(),
					ex.current().jobNumber() + " was " + who + ": reload the card?");
		}
		catch (PatchRejectedException ex) {
			return refused(model, response, ViolationStatus.of(ex.violations()),
					ex.violations()
						.byField()
						.entrySet()
						.stream()
						.map(e -> e.getKey() + ": " + String.join(" ", e.getValue()))
						.collect(Collectors.joining("; ")));
		}
		catch (JobNotFoundException ex) {
			return refused(model, response, HttpStatus.NOT_FOUND, "This job no longer exists.");
		}
	}

	private static String where(BoardJob job, BoardFilter filter) {
		if (job.assignee() == null) {
			return "is unassigned";
		}
		String when = job.date() == null ? "" : " on " + job.date() + (job.start() == null ? ", any time"
				: " at " + job.start() + (job.end() == null ? "" : "–" + job.end()));
		return "is scheduled" + when;
	}

	private String refused(Model model, HttpServletResponse response, HttpStatus status, String message) {
		response.setStatus(status.value());
		model.addAttribute("message", message);
		model.addAttribute("warning", true);
		return UPDATES;
	}

	private void addCommon(Model model, CrewdeskUser user, BoardFilter filter, Instant since) {
		boolean moves = Rulebook.movesOnBoard(user.actor());
		model.addAttribute("filter", filter);
		model.addAttribute("moves", moves);
		model.addAttribute("cards",
				new BoardCards(moves, filter.week(),
						((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest()
							.getContextPath()));
		if (since != null) {
			ChangeState state = query.state(user.companyId(), since);
			model.addAttribute("pollUrl",
					filter.url("/board/changes") + "&since=" + micros(since) + "&seen=" + state.token());
		}
	}

	/** The board's state as the URL (or #board-state) sends it. */
	record BoardParams(String span, String day, List<String> tech, List<String> status, List<String> priority,
			String q) {
	}

	private BoardFilter filter(CrewdeskUser user, BoardParams params) {
		String span = params.span();
		String day = params.day();
		String q = params.q();
		Span s = switch (span == null ? "day" : span) {
			case "day", "" -> Span.DAY;
			case "week" -> Span.WEEK;
			default -> throw bad("span: must be day or week");
		};
		LocalDate d = day == null || day.isBlank() ? BoardRules.today(zone(user), Instant.now()) : date(day);
		Set<UUID> technicians = new HashSet<>();
		for (String t : params.tech() == null ? List.<String>of() : params.tech()) {
			if (!t.isBlank()) {
				technicians.add(parseUuid(t));
			}
		}
		Set<JobStatus> statuses = new HashSet<>();
		for (String label : params.status() == null ? List.<String>of() : params.status()) {
			if (!label.isBlank()) {
				statuses.add(JobStatus.fromLabel(label).orElseThrow(() -> bad("status: unknown status")));
			}
		}
		Set<JobPriority> priorities = new HashSet<>();
		for (String label : params.priority() == null ? List.<String>of() : params.priority()) {
			if (!label.isBlank()) {
				priorities.add(JobPriority.fromLabel(label).orElseThrow(() -> bad("priority: unknown priority")));
			}
		}
		if (q != null && q.length() > 100) {
			throw bad("q: at most 100 characters");
		}
		return new BoardFilter(s, d, technicians, statuses, priorities, q);
	}

	private ZoneId zone(CrewdeskUser user) {
		return companies.zone(user.companyId());
	}

	private static LocalDate date(String text) {
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.getYear() < 1900 || date.getYear() > 2200) {
				throw bad("day: must be between 1900-01-01 and 2200-12-31");
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw bad("day: must be a date like 2026-03-14");
		}
	}

	private static UUID parseUuid(String text) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw bad("tech: not a technician");
		}
	}

	private static long micros(Instant instant) {
		return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
	}

	private static Instant instant(String micros) {
		try {
			long value = Long.parseLong(micros);
			return Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000), Math.floorMod(value, 1_000_000) * 1_000L);
		}
		catch (NumberFormatException | java.time.DateTimeException ex) {
			throw bad("since: must be a number");
		}
	}

	private static void requireMover(CrewdeskUser user) {
		if (!Rulebook.movesOnBoard(user.actor())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "your role may not move jobs on the board");
		}
	}

	private static ResponseStatusException bad(String message) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
