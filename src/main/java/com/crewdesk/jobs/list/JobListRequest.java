package com.crewdesk.jobs.list;

import com.crewdesk.jobs.list.JobSort.Direction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One state of the jobs list: filter, sort and page, as {@link JobListParameters} read it
 * from a query string, with the notices about values it had to correct; and the URLs of
 * this state and its neighbours.
 */
public record JobListRequest(JobFilter filter, JobSort sort, Direction direction, int page, int size,
		List<String> notices) {

	public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);

	public static final int DEFAULT_SIZE = 50;

	/** The most rows one page (or API call) holds. */
	public static final int MAX_SIZE = 100;

	public static final int MAX_SEARCH_LENGTH = 100;

	/**
	 * Deeper than this, OFFSET paging gets slow; nobody pages through 50,000 rows by
	 * hand.
	 */
	public static final int MAX_PAGE = 1000;

	public static JobListRequest defaults() {
		return new JobListRequest(JobFilter.NONE, JobSort.DEFAULT, JobSort.DEFAULT.defaultDirection(), 1, DEFAULT_SIZE,
				List.of());
	}

	public long offset() {
		return (long) (page - 1) * size;
	}

	/**
	 * This state as a relative URL: what the address bar shows, and what a bookmark
	 * brings back.
	 */
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
		days(query, "created", filter.created());
		days(query, "completed", filter.completed());
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

	private static void days(StringJoiner query, String prefix, JobFilter.Days days) {
		if (days != null) {
			Optional.ofNullable(days.from()).ifPresent(d -> add(query, prefix + "_from", d));
			Optional.ofNullable(days.to()).ifPresent(d -> add(query, prefix + "_to", d));
		}
	}

	private static void add(StringJoiner query, String name, Object value) {
		query.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
	}
}
