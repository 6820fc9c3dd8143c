package com.crewdesk.jobs;

import com.crewdesk.jobs.JobEdit.Decision;
import com.crewdesk.jobs.JobEdit.FieldEdit;
import com.crewdesk.patch.CustomFieldSet;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobPatchEngine;
import com.crewdesk.patch.JobValues;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.PatchContext;
import com.crewdesk.patch.Violations;
import com.crewdesk.security.Caller;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits made by people (forms) against the version they loaded (P15). A field someone
 * else changed meanwhile is merged when the person left it alone, and is a conflict when
 * both changed it to different values: then nothing is written until the person decides,
 * on the current version, per field. This is the only place that decides whether an edit
 * is stale; every screen asks it.
 */
@Service
public class JobEdits {

	/**
	 * How often an edit is merged again when another write lands between our read and our
	 * write.
	 */
	private static final int ATTEMPTS = 3;

	private static final Set<String> NOTIFYING = Set.of(JobField.STATUS.apiName(),
			JobField.ASSIGNED_TO_USER_ID.apiName());

	private static final JobPatchEngine ENGINE = new JobPatchEngine();

	private final JobService jobs;

	JobEdits(JobService jobs) {
		this.jobs = jobs;
	}

	@Transactional
	public EditOutcome save(Caller caller, UUID uuid, JobEdit edit, Channel channel) {
		for (int attempt = 1;; attempt++) {
			StoredJob current = jobs.live(caller, uuid);
			PatchContext context = jobs.context(caller, mentioned(edit));
			List<String> conflicts = conflicts(current.values(), edit, context);
			if (!conflicts.isEmpty()) {
				return new EditOutcome.Conflicted(current, conflicts);
			}
			Patch patch = patch(current.values(), edit);
			if (patch.isEmpty()) {
				return new EditOutcome.Unchanged(current);
			}
			try {
				StoredJob saved = jobs.update(caller, uuid, patch, current.version(), channel);
				return saved.version() == current.version() ? new EditOutcome.Unchanged(saved)
						: new EditOutcome.Saved(saved);
			}
			catch (StaleJobException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/**
	 * The violations the edit would be refused with as the job is now, without writing
	 * (check as you type).
	 */
	@Transactional(readOnly = true)
	public Violations check(Caller caller, UUID uuid, JobEdit edit) {
		return jobs.check(caller, uuid, patch(jobs.live(caller, uuid).values(), edit));
	}

	/**
	 * Fields the person changed that someone else also changed since the edit was loaded,
	 * to another value, and that the person has not decided on while seeing the current
	 * version.
	 */
	public static List<String> conflicts(JobValues current, JobEdit edit, PatchContext context) {
		return conflicts(version(current), edit, (name, raw) -> keeps(current, name, raw, context));
	}

	/**
	 * The same for any record with a version (jobs, customers): {@code keeps} tells
	 * whether a raw value leaves the current record as it is.
	 */
	public static List<String> conflicts(long currentVersion, JobEdit edit, BiPredicate<String, Object> keeps) {
		if (currentVersion == edit.baseVersion()) {
			return List.of();
		}
		List<String> conflicts = new ArrayList<>();
		edit.fields().forEach((name, field) -> {
			if (decision(currentVersion, edit, name).isEmpty() && !keeps.test(name, field.original())
					&& !keeps.test(name, field.wanted())) {
				conflicts.add(name);
			}
		});
		return conflicts;
	}

	/**
	 * The patch that writes what the person wants; a field whose current value they chose
	 * to take is left out. Single custom fields go into the job's current set (P8
	 * replaces the whole set).
	 */
	public static Patch patch(JobValues current, JobEdit edit) {
		Map<String, Object> wanted = new LinkedHashMap<>();
		edit.fields().forEach((name, field) -> {
			if (decision(current, edit, name).orElse(null) != Decision.TAKE_THEIRS) {
				wanted.put(name, field.wanted());
			}
		});
		Map<String, Object> patch = CustomFieldSet.foldSingles(wanted, current.customFields());
		if (edit.notifyTechnicians() != null && patch.keySet().stream().anyMatch(NOTIFYING::contains)) {
			patch.put("notify", edit.notifyTechnicians());
		}
		return Patch.of(patch);
	}

	private static boolean keeps(JobValues current, String name, Object raw, PatchContext context) {
		Map<String, Object> single = new LinkedHashMap<>();
		single.put(name, raw);
		Map.Entry<String, Object> field = CustomFieldSet.foldSingles(single, current.customFields())
			.entrySet()
			.iterator()
			.next();
		return ENGINE.keepsValue(current, field.getKey(), field.getValue(), context);
	}

	private static Optional<Decision> decision(JobValues current, JobEdit edit, String name) {
		return decision(version(current), edit, name);
	}

	/**
	 * The person's decision on a field in conflict, when they made it seeing the current
	 * version.
	 */
	public static Optional<Decision> decision(long currentVersion, JobEdit edit, String name) {
		boolean seenCurrent = edit.decidedAtVersion() != null && edit.decidedAtVersion() == currentVersion;
		return seenCurrent ? Optional.ofNullable(edit.decisions().get(name)) : Optional.empty();
	}

	private static long version(JobValues values) {
		Object version = values.get(JobField.VERSION);
		return version == null ? 0 : (Long) version;
	}

	/**
	 * The values the edit mentions, as patches, so that every id in them is loaded for
	 * the checks.
	 */
	private static List<Patch> mentioned(JobEdit edit) {
		Map<String, Object> originals = new LinkedHashMap<>();
		Map<String, Object> wanted = new LinkedHashMap<>();
		edit.fields().forEach((name, field) -> {
			if (CustomFieldSet.keyOf(name).isEmpty()) {
				originals.put(name, field.original());
				wanted.put(name, field.wanted());
			}
		});
		return List.of(Patch.of(originals), Patch.of(wanted));
	}

}
