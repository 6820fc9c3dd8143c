package com.crewdesk.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The bar chart of jobs created and completed per week, laid out for an SVG drawn on the
 * server: every number here becomes an attribute (no inline style, strict CSP).
 */
public record WeekChart(List<Group> groups, long max, long totalCreated, long totalCompleted) {

	static final int WIDTH = 720;

	static final int HEIGHT = 220;

	/** Room below the bars for the week labels. */
	static final int AXIS = 24;

	private static final int GROUP = WIDTH / 12;

	private static final int BAR = 20;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	/** One bar: its value, where it stands and the list of its jobs. */
	public record Bar(long value, String href, String label, int x, int y, int height) {
	}

	/** One week's two bars and its label. */
	public record Group(LocalDate monday, String label, int labelX, Bar created, Bar completed) {
	}

	/**
	 * Lays out the weeks; {@code href} gives the list URL of a week's created ("created")
	 * or completed ("completed") jobs.
	 */
	static WeekChart of(List<DashboardQueries.Week> weeks, BiFunction<String, LocalDate, String> href) {
		long max = Math.max(1, weeks.stream().mapToLong(w -> Math.max(w.created(), w.completed())).max().orElse(0));
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < weeks.size(); i++) {
			DashboardQueries.Week week = weeks.get(i);
			int x = i * GROUP + (GROUP - 2 * BAR - 2) / 2;
			String label = DAY.format(week.monday());
			groups.add(new Group(week.monday(), label, i * GROUP + GROUP / 2,
					bar(week.created(), max, x, href.apply("created", week.monday()),
							week.created() + " created in the week of " + label),
					bar(week.completed(), max, x + BAR + 2, href.apply("completed", week.monday()),
							week.completed() + " completed in the week of " + label)));
		}
		return new WeekChart(groups, max, weeks.stream().mapToLong(DashboardQueries.Week::created).sum(),
				weeks.stream().mapToLong(DashboardQueries.Week::completed).sum());
	}

	private static Bar bar(long value, long max, int x, String href, String label) {
		int room = HEIGHT - AXIS - 8;
		int height = value == 0 ? 1 : (int) Math.max(2, Math.round((double) value * room / max));
		return new Bar(value, href, label, x, HEIGHT - AXIS - height, height);
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int baseline() {
		return HEIGHT - AXIS;
	}

	public int barWidth() {
		return BAR;
	}

	/** The week with the most jobs created, for the text alternative. */
	public Group busiestWeek() {
		return groups.stream()
			.max(java.util.Comparator.comparingLong(g -> g.created().value()))
			.orElse(groups.get(groups.size() - 1));
	}

}
