package com.crewdesk.jobs.web;

import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobStatus;
import com.crewdesk.jobs.web.JobSort.Direction;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * One state of the jobs list: filter, sort and page, read from the query string. A value the list cannot use
 * (unknown status, bad date, page 0, size 1000 …) never fails the request: it is dropped or clamped, and a
 * notice saying so is shown above the table.
 */
public record JobListRequest(JobFilter filter, JobSort sort, Direction direction, int page, int size, List<String> notices) {

	public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
	static final int DEFAULT_SIZE = 50;
	static final int MAX_SEARCH_LENGTH = 100;
	/** Deeper than this, OFFSET paging gets slow; nobody pages through 50,000 rows by hand. */
	static final int MAX_PAGE = 1000;

	static JobListRequest from(JobListForm form) {
		List<String> notices = new ArrayList<>();
		JobFilter filter = new JobFilter(statuses(form.status(), notices), priority(form.priority(), notices),
				assignee(form.assignee(), notices), "unassigned".equalsIgnoreCase(trim(form.assignee())),
				uuid(form.customer(), "customer", notices), uuid(form.location(), "location", notices), date(form.from(), "from", notices),
				date(form.to(), "to", notices), search(form.q(), notices), "true".equalsIgnoreCase(trim(form.deleted())));
		if (filter.scheduledFrom() != null && filter.scheduledTo() != null
				&& filter.scheduledFrom().isAfter(filter.scheduledTo())) {
			notices.add("The scheduled range ends before it starts, so no job can match it.");
		}
		JobSort sort = JobSort.fromParam(form.sort()).orElseGet(() -> {
			ignoreUnless(form.sort(), "Unknown sort column", notices);
			return JobSort.DEFAULT;
		});
		Direction direction = Direction.fromParam(form.dir()).orElseGet(() -> {
			ignoreUnless(form.dir(), "Unknown sort direction", notices);
			return sort.defaultDirection();
		});
		return new JobListRequest(filter, sort, direction, page(form.page(), notices), size(form.size(), notices),
				List.copyOf(notices));
	}

	static JobListRequest defaults() {
		return new JobListRequest(JobFilter.NONE, JobSort.DEFAULT, JobSort.DEFAULT.defaultDirection(), 1, DEFAULT_SIZE,
				List.of());
	}

	public long offset() {
		return (long) (page - 1) * size;
	}

	/** This state as a relative URL: what the address bar shows, and what a bookmark brings back. */
	public String url() {
		return url(sort, direction, page, size);
	}

	public String sortUrl(JobSort column) {
		Direction next = column == sort ? direction.reversed() : column.defaultDirection();
		return url(column, next, 1, size);
	}

	public String pageUrl(int number) {
		return url(sort, direction, number, size);
	}

	public String exportUrl() {
		return "/jobs/export.csv" + query(sort, direction, 1, size, false);
	}

	/** For aria-sort on the column headers. */
	public String ariaSort(JobSort column) {
		return column != sort ? "none" : direction == Direction.ASC ? "ascending" : "descending";
	}

	private String url(JobSort sortBy, Direction dir, int pageNumber, int pageSize) {
		return "/jobs" + query(sortBy, dir, pageNumber, pageSize, true);
	}

	private String query(JobSort sortBy, Direction dir, int pageNumber, int pageSize, boolean paging) {
		StringJoiner query = new StringJoiner("&", "?", "");
		filter.statuses().forEach(status -> add(query, "status", status.label()));
		Optional.ofNullable(filter.priority()).ifPresent(p -> add(query, "priority", p.label()));
		if (filter.unassigned()) {
			add(query, "assignee", "unassigned");
		}
		Optional.ofNullable(filter.assignee()).ifPresent(a -> add(query, "assignee", a));
		Optional.ofNullable(filter.customer()).ifPresent(c -> add(query, "customer", c));
		Optional.ofNullable(filter.location()).ifPresent(l -> add(query, "location", l));
		Optional.ofNullable(filter.scheduledFrom()).ifPresent(d -> add(query, "from", d));
		Optional.ofNullable(filter.scheduledTo()).ifPresent(d -> add(query, "to", d));
		Optional.ofNullable(filter.search()).ifPresent(q -> add(query, "q", q));
		if (filter.includeDeleted()) {
			add(query, "deleted", "true");
		}
		add(query, "sort", sortBy.param());
		add(query, "dir", dir.param());
		if (paging && pageNumber > 1) {
			add(query, "page", pageNumber);
		}
		if (paging && pageSize != DEFAULT_SIZE) {
			add(query, "size", pageSize);
		}
		return query.toString();
	}

	private static void add(StringJoiner query, String name, Object value) {
		query.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
	}

	private static List<JobStatus> statuses(List<String> values, List<String> notices) {
		List<JobStatus> statuses = new ArrayList<>();
		for (String value : values == null ? List.<String>of() : values) {
			if (trim(value) == null) {
				continue;
			}
			JobStatus.fromLabel(value).ifPresentOrElse(status -> {
				if (!statuses.contains(status)) {
					statuses.add(status);
				}
			}, () -> notices.add("Unknown status \"" + value.strip() + "\" was ignored."));
		}
		return List.copyOf(statuses);
	}

	private static JobPriority priority(String value, List<String> notices) {
		if (trim(value) == null) {
			return null;
		}
		return JobPriority.fromLabel(value).orElseGet(() -> {
			notices.add("Unknown priority \"" + value.strip() + "\" was ignored.");
			return null;
		});
	}

	private static UUID assignee(String value, List<String> notices) {
		return "unassigned".equalsIgnoreCase(trim(value)) ? null : uuid(value, "assignee", notices);
	}

	private static UUID uuid(String value, String what, List<String> notices) {
		if (trim(value) == null) {
			return null;
		}
		try {
			return UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException ex) {
			notices.add("Unknown " + what + " \"" + value.strip() + "\" was ignored.");
			return null;
		}
	}

	private static LocalDate date(String value, String what, List<String> notices) {
		if (trim(value) == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			notices.add("The \"" + what + "\" date \"" + value.strip() + "\" is not a date (YYYY-MM-DD) and was ignored.");
			return null;
		}
	}

	private static String search(String value, List<String> notices) {
		String text = trim(value);
		if (text != null && text.length() > MAX_SEARCH_LENGTH) {
			notices.add("The search was shortened to " + MAX_SEARCH_LENGTH + " characters.");
			return text.substring(0, MAX_SEARCH_LENGTH);
		}
		return text;
	}

	private static int page(String value, List<String> notices) {
		Integer page = integer(value);
		if (trim(value) == null) {
			return 1;
		}
		if (page == null || page < 1) {
			notices.add("Page \"" + value.strip() + "\" does not exist; showing page 1.");
			return 1;
		}
		if (page > MAX_PAGE) {
			notices.add("Pages stop at " + MAX_PAGE + "; narrow the filter to see older jobs.");
			return MAX_PAGE;
		}
		return page;
	}

	private static int size(String value, List<String> notices) {
		Integer size = integer(value);
		if (trim(value) == null) {
			return DEFAULT_SIZE;
		}
		if (size != null && PAGE_SIZES.contains(size)) {
			return size;
		}
		int clamped = size == null ? DEFAULT_SIZE : size > 100 ? 100 : size < 25 ? 25 : DEFAULT_SIZE;
		notices.add("Page size \"" + value.strip() + "\" is not offered; showing " + clamped + " per page.");
		return clamped;
	}

	private static Integer integer(String value) {
		try {
			return value == null ? null : Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static void ignoreUnless(String value, String what, List<String> notices) {
		if (trim(value) != null) {
			notices.add(what + " \"" + value.strip() + "\" was ignored.");
		}
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
