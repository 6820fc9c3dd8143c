package com.crewdesk.jobs.list;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns the list can be sorted by, with the SQL each sorts on. Every sort ends with
 * the job id in the same direction, so rows with equal values keep one order and pages
 * never overlap or skip. Each expression is served by an index of
 * V2__job_list_indexes.sql (read backwards for the other direction).
 */
public enum JobSort {

	NUMBER("number", "Job", "j.job_number"), TITLE("title", "Title", "j.title"),
	CUSTOMER("customer", "Customer", JobListSql.CUSTOMER_NAME), STATUS("status", "Status", "j.status"),
	PRIORITY("priority", "Priority", JobListSql.PRIORITY_RANK), ASSIGNEE("assignee", "Assignee", "s.display_name"),
	SCHEDULED("scheduled", "Scheduled", "j.scheduled_date"), AMOUNT("amount", "Amount", "j.estimated_amount"),
	UPDATED("updated", "Updated", "j.updated_at");

	public static final JobSort DEFAULT = UPDATED;

	private final String param;

	private final String label;

	private final String expression;

	JobSort(String param, String label, String expression) {
		this.param = param;
		this.label = label;
		this.expression = expression;
	}

	public String label() {
		return label;
	}

	public String param() {
		return param;
	}

	/**
	 * Newest activity and biggest amounts first; names, numbers and dates A→Z / oldest
	 * first.
	 */
	public Direction defaultDirection() {
		return this == UPDATED || this == AMOUNT || this == PRIORITY ? Direction.DESC : Direction.ASC;
	}

	public String orderBy(Direction direction) {
		String dir = direction == Direction.ASC ? " ASC" : " DESC";
		String tieBreak = switch (this) {
			case SCHEDULED -> ", j.scheduled_time_start" + dir;
			case CUSTOMER -> ", c.id" + dir; // with the name, the order of
												// customers_list_name_idx
			case ASSIGNEE -> ", s.id" + dir;
			default -> "";
		};
		return expression + dir + tieBreak + ", j.id" + dir;
	}

	public static Optional<JobSort> fromParam(String text) {
		return Arrays.stream(values())
			.filter(sort -> sort.param.equalsIgnoreCase(text == null ? "" : text.trim()))
			.findFirst();
	}

	public enum Direction {

		ASC, DESC;

		public String param() {
			return name().toLowerCase();
		}

		public Direction reversed() {
			return this == ASC ? DESC : ASC;
		}

		public static Optional<Direction> fromParam(String text) {
			return Arrays.stream(values())
				.filter(d -> d.name().equalsIgnoreCase(text == null ? "" : text.trim()))
				.findFirst();
		}

	}

}
