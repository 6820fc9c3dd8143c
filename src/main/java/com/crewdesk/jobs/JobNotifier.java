package com.crewdesk.jobs;

import com.crewdesk.patch.NotificationIntent;
import com.crewdesk.patch.NotificationKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns the engine's notification intents (P12) into notification rows. A single write
 * notifies per intent; a batch sends each technician one notification that sums up all of
 * their jobs in it.
 */
@Component
class JobNotifier {

	/** The intents one write produced for one job. */
	record JobIntents(long jobId, String jobNumber, String title, List<NotificationIntent> intents) {
	}

	private record Row(UUID recipient, Long jobId, String kind, String text) {
	}

	private final JdbcTemplate jdbc;

	JobNotifier(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void notifyEach(long companyId, JobIntents job) {
		insert(companyId, job.intents()
			.stream()
			.map(intent -> new Row(intent.recipientStaffId(), job.jobId(), intent.kind().name(), text(job, intent)))
			.toList());
	}

	void notifySummarised(long companyId, List<JobIntents> jobs) {
		Map<UUID, List<Map.Entry<JobIntents, NotificationIntent>>> byRecipient = new LinkedHashMap<>();
		for (JobIntents job : jobs) {
			for (NotificationIntent intent : job.intents()) {
				byRecipient.computeIfAbsent(intent.recipientStaffId(), r -> new ArrayList<>())
					.add(Map.entry(job, intent));
			}
		}
		List<Row> rows = new ArrayList<>();
		byRecipient.forEach((recipient, items) -> {
			if (items.size() == 1) {
				JobIntents job = items.get(0).getKey();
				NotificationIntent intent = items.get(0).getValue();
				rows.add(new Row(recipient, job.jobId(), intent.kind().name(), text(job, intent)));
			}
			else {
				rows.add(new Row(recipient, null, dominantKind(items).name(), summary(items)));
			}
		});
		insert(companyId, rows);
	}

	private static String text(JobIntents job, NotificationIntent intent) {
		String what = switch (intent.kind()) {
			case ASSIGNED -> "was assigned to you";
			case UNASSIGNED -> "is no longer assigned to you";
			case STATUS -> "is now " + intent.newStatus().label();
		};
		return truncate(job.jobNumber() + " " + job.title() + " " + what);
	}

	private static NotificationKind dominantKind(List<Map.Entry<JobIntents, NotificationIntent>> items) {
		Map<NotificationKind, Long> counts = items.stream()
			.collect(Collectors.groupingBy(e -> e.getValue().kind(), Collectors.counting()));
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

	private static String summary(List<Map.Entry<JobIntents, NotificationIntent>> items) {
		Map<NotificationKind, Long> counts = items.stream()
			.collect(Collectors.groupingBy(e -> e.getValue().kind(), LinkedHashMap::new, Collectors.counting()));
		List<String> parts = new ArrayList<>();
		counts.forEach((kind, n) -> parts.add(switch (kind) {
			case ASSIGNED -> n + (n == 1 ? " job assigned to you" : " jobs assigned to you");
			case UNASSIGNED -> n + (n == 1 ? " job unassigned from you" : " jobs unassigned from you");
			case STATUS -> n + (n == 1 ? " status change on your jobs" : " status changes on your jobs");
		}));
		String numbers = items.stream()
			.map(e -> e.getKey().jobNumber())
			.distinct()
			.limit(5)
			.collect(Collectors.joining(", "));
		long distinct = items.stream().map(e -> e.getKey().jobNumber()).distinct().count();
		return truncate(
				"Batch update: " + String.join(", ", parts) + " (" + numbers + (distinct > 5 ? ", …" : "") + ")");
	}

	private static String truncate(String text) {
		return text.length() <= 500 ? text : text.substring(0, 499) + "…";
	}

	private void insert(long companyId, List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(
				"INSERT INTO notifications (company_id, recipient_id, job_id, kind, text) VALUES (?, ?, ?, ?, ?)",
				rows.stream()
					.map(r -> new Object[] { companyId, r.recipient(), r.jobId(), r.kind(), r.text() })
					.toList());
	}

}
