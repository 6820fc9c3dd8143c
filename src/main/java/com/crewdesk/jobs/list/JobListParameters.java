package com.crewdesk.jobs.list;

import com.crewdesk.jobs.list.JobSort.Direction;
import com.crewdesk.patch.DateRange;
import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one reader of the jobs list's parameters, used by the page, the CSV export, "select
 * all matching" and the API. Pages are {@linkplain #lenient lenient}: a value the list
 * cannot use (unknown status, bad date, page 0, size 1000 …) never fails the request; it
 * is dropped or clamped, and a notice says so above the table. The API is
 * {@linkplain #strict strict}: the first such value is an {@link InvalidListParameter}
 * naming it (400). The two speak different names (the portal's short URL names, the API's
 * field names), read by the same code.
 */
public final class JobListParameters {

	/**
	 * The portal's query string: repeated status, assignee, customer, location, from, to,
	 * q, deleted, sort + dir, size.
	 */
	private static final Names PAGE = new Names("assignee", "customer", "location", "from", "to", "q", "deleted",
			"size");

	/**
	 * The API's: comma-separated status, field names, limit, and sort with a "-" prefix
	 * for descending.
	 */
	private static final Names API = new Names("assigned_to_user_id", "customer_uuid", "location_uuid",
			"scheduled_from", "scheduled_to", "search", "include_deleted", "limit");

	/** Every parameter the API knows; any other is refused. */
	public static final List<String> API_PARAMETERS = List.of("status", "priority", "assigned_to_user_id",
			"customer_uuid", "location_uuid", "search", "include_deleted", "page", "limit", "sort", "scheduled_from",
			"scheduled_to");

	private record Names(String assignee, String customer, String location, String from, String to, String search,
			String deleted, String size) {
	}

	private final Map<String, List<String>> params;

	private final boolean strict;

	private final Names names;

	private final List<String> notices = new ArrayList<>();

	private JobListParameters(Map<String, List<String>> params, boolean strict, Names names) {
		this.params = params;
		this.strict = strict;
		this.names = names;
	}

	/**
	 * A page's (or CSV export's, or "select all matching"'s) list state: corrects bad
	 * values and notes each.
	 */
	public static JobListRequest lenient(Map<String, List<String>> params) {
		return new JobListParameters(params, false, PAGE).read();
	}

	/**
	 * The API's list state: the first unknown parameter or bad value throws
	 * {@link InvalidListParameter}.
	 */
	public static JobListRequest strict(Map<String, List<String>> params) {
		for (String name : params.keySet()) {
			if (!API_PARAMETERS.contains(name)) {
				throw new InvalidListParameter(name,
						"is not a known parameter; use one of " + String.join(", ", API_PARAMETERS));
			}
		}
		return new JobListParameters(params, true, API).read();
	}

	private JobListRequest read() {
		String assignee = first(names.assignee());
		boolean unassigned = "unassigned".equalsIgnoreCase(assignee) || strict && "".equals(raw(names.assignee()));
		JobFilter filter = new JobFilter(statuses(), priority(), unassigned ? null : uuid(names.assignee(), "assignee"),
				unassigned, uuid(names.customer(), "customer"), uuid(names.location(), "location"), date(names.from()),
				date(names.to()), search(), deleted(), strict ? null : days("created"),
				strict ? null : days("completed"));
		if (filter.scheduledFrom() != null && filter.scheduledTo() != null
				&& filter.scheduledFrom().isAfter(filter.scheduledTo())) {
			notices.add("The scheduled range ends before it starts, so no job can match it.");
		}
		JobSort sort = JobSort.DEFAULT;
		Direction direction = JobSort.DEFAULT.defaultDirection();
		String sortParam = first("sort");
		if (strict && sortParam != null) {
			boolean descending = sortParam.startsWith("-");
			sort = JobSort.fromParam(descending ? sortParam.substring(1) : sortParam)
				.orElseThrow(() -> new InvalidListParameter("sort", "must be one of number, title, customer, status, "
						+ "priority, assignee, scheduled, amount, updated (prefix - for descending)"));
			direction = descending ? Direction.DESC : Direction.ASC;
		}
		else if (!strict) {
			sort = JobSort.fromParam(sortParam).orElseGet(() -> {
				ignored(sortParam, "Unknown sort column");
				return JobSort.DEFAULT;
			});
			JobSort chosen = sort;
			direction = Direction.fromParam(first("dir")).orElseGet(() -> {
				ignored(first("dir"), "Unknown sort direction");
				return chosen.defaultDirection();
			});
		}
		return new JobListRequest(filter, sort, direction, page(), size(), List.copyOf(notices));
	}

	private List<JobStatus> statuses() {
		List<String> values = new ArrayList<>();
		for (String value : params.getOrDefault("status", List.of())) {
			values.addAll(strict ? Arrays.asList(value.split(",")) : List.of(value));
		}
		List<JobStatus> statuses = new ArrayList<>();
		for (String value : values) {
			if (value == null || value.isBlank()) {
				continue;
			}
			JobStatus status = JobStatus.fromLabel(value).orElse(null);
			if (status == null) {
				problem("status", "\"" + value.strip()
						+ "\" is not a status; use New, Contacted, Scheduled, In Progress, "
						+ "Needs Approval, Ready to Invoice, Invoiced, Complete, Estimate Sent or Estimate Approved",
						"Unknown status \"" + value.strip() + "\" was ignored.");
			}
			else if (!statuses.contains(status)) {
				statuses.add(status);
			}
		}
		return List.copyOf(statuses);
	}

	private JobPriority priority() {
		String value = first("priority");
		if (value == null) {
			return null;
		}
		return JobPriority.fromLabel(value).orElseGet(() -> {
			problem("priority", "must be Low, Normal, High or Emergency",
					"Unknown priority \"" + value.strip() + "\" was ignored.");
			return null;
		});
	}

	private UUID uuid(String name, String what) {
		String value = first(name);
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			problem(name, "must be a UUID", "Unknown " + what + " \"" + value + "\" was ignored.");
			return null;
		}
	}

	private LocalDate date(String name) {
		String value = first(name);
		if (value == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (!DateRange.contains(date)) {
				problem(name, DateRange.MESSAGE,
						"The \"" + name + "\" date " + value + " is outside 1900–2200 and was ignored.");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problem(name, "must be a date (YYYY-MM-DD)",
					"The \"" + name + "\" date \"" + value + "\" is not a date (YYYY-MM-DD) and was ignored.");
			return null;
		}
	}

	/**
	 * The page's {@code <prefix>_from} and {@code <prefix>_to} days (the dashboard's
	 * chart links to them); null when neither is given.
	 */
	private JobFilter.Days days(String prefix) {
		LocalDate from = date(prefix + "_from");
		LocalDate to = date(prefix + "_to");
		return from == null && to == null ? null : new JobFilter.Days(from, to);
	}

	private String search() {
		String text = first(names.search());
		if (text != null && text.length() > JobListRequest.MAX_SEARCH_LENGTH) {
			problem(names.search(), "must be at most " + JobListRequest.MAX_SEARCH_LENGTH + " characters",
					"The search was shortened to " + JobListRequest.MAX_SEARCH_LENGTH + " characters.");
			return text.substring(0, JobListRequest.MAX_SEARCH_LENGTH);
		}
		return text;
	}

	private boolean deleted() {
		String value = first(names.deleted());
		if (strict && value != null && !"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
			throw new InvalidListParameter(names.deleted(), "must be true or false");
		}
		return "true".equalsIgnoreCase(value);
	}

	private int page() {
		String value = first("page");
		if (value == null) {
			return 1;
		}
		Integer page = integer(value);
		if (strict && (page == null || page < 1 || page > JobListRequest.MAX_PAGE)) {
			throw new InvalidListParameter("page", "must be a whole number from 1 to " + JobListRequest.MAX_PAGE);
		}
		if (page == null || page < 1) {
			notices.add("Page \"" + value + "\" does not exist; showing page 1.");
			return 1;
		}
		if (page > JobListRequest.MAX_PAGE) {
			notices.add("Pages stop at " + JobListRequest.MAX_PAGE + "; narrow the filter to see older jobs.");
			return JobListRequest.MAX_PAGE;
		}
		return page;
	}

	private int size() {
		String value = first(names.size());
		if (value == null) {
			return JobListRequest.DEFAULT_SIZE;
		}
		Integer size = integer(value);
		if (strict) {
			if (size == null || size < 1 || size > JobListRequest.MAX_SIZE) {
				throw new InvalidListParameter(names.size(),
						"must be a whole number from 1 to " + JobListRequest.MAX_SIZE);
			}
			return size;
		}
		if (size != null && JobListRequest.PAGE_SIZES.contains(size)) {
			return size;
		}
		int clamped = size == null ? JobListRequest.DEFAULT_SIZE
				: size > 100 ? 100 : size < 25 ? 25 : JobListRequest.DEFAULT_SIZE;
		notices.add("Page size \"" + value + "\" is not offered; showing " + clamped + " per page.");
		return clamped;
	}

	/**
	 * A value the list cannot use: the API refuses it, a page notes that it was ignored.
	 */
	private void problem(String name, String refusal, String notice) {
		if (strict) {
			throw new InvalidListParameter(name, refusal);
		}
		notices.add(notice);
	}

	private void ignored(String value, String what) {
		if (value != null) {
			notices.add(what + " \"" + value + "\" was ignored.");
		}
	}

	private String raw(String name) {
		List<String> values = params.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/** The first value of a parameter, trimmed; null when absent or blank. */
	private String first(String name) {
		String value = raw(name);
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static Integer integer(String value) {
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
