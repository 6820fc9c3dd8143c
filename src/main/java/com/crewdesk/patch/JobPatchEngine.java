package com.crewdesk.patch;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one place where job patches are judged (SPEC §2, P1–P13): form posts, inline edits,
 * batch edits and the API all hand their patch to {@link #update} or {@link #create}.
 * Plain Java: no storage, no clock, no Spring; everything outside comes in through
 * {@link PatchContext}.
 */
public final class JobPatchEngine {

	static final String NOTIFY = "notify";
	static final String CUSTOMER = "customer";

	private static final PatchReader<JobField> READER = new PatchReader<>(JobField::byApiName,
			Set.of(NOTIFY, JobReferences.WORKER, CUSTOMER, CustomerServiceRules.OVERRIDE));

	public PatchOutcome update(JobValues current, Patch patch, PatchContext ctx) {
		Objects.requireNonNull(current, "current");
		Optional<Violations> refused = Rulebook.refuseUpdate(ctx.actor(), current.assignedToUserId(),
				patch.fieldNames(), ctx.company().workersEditJob());
		if (refused.isPresent()) {
			return new PatchOutcome.Rejected(refused.get());
		}
		return apply(current, patch, atMicros(ctx));
	}

	/**
	 * Creates a job from a patch; title and customer_uuid are required, the rest has
	 * defaults.
	 */
	public PatchOutcome create(Patch patch, PatchContext ctx) {
		Optional<Violations> refused = Rulebook.refuseCreate(ctx.actor());
		if (refused.isPresent()) {
			return new PatchOutcome.Rejected(refused.get());
		}
		return apply(null, patch, atMicros(ctx));
	}

	/**
	 * Would setting one field to {@code raw} leave the job as it is? Compares the way the
	 * engine stores values (so "12.50" equals 12.5, and "" equals no value where the
	 * engine clears), without asking who may change it: it is how a concurrent edit is
	 * told apart from a change (P15 merge).
	 */
	public boolean keepsValue(JobValues current, String field, Object raw, PatchContext ctx) {
		Map<String, Object> single = new HashMap<>();
		single.put(field, raw);
		return apply(current, Patch.of(single), atMicros(ctx)) instanceof PatchOutcome.Applied applied
				&& applied.changes().isEmpty();
	}

	/**
	 * Every customer, location and staff id and worker email the patches mention, for
	 * pre-loading.
	 */
	public static ReferencedIds referencedIds(Collection<Patch> patches) {
		return JobReferences.collect(patches);
	}

	/**
	 * What a new job holds before its creating patch: status New, priority Normal, type
	 * r.
	 */
	public static JobValues creationDefaults() {
		Map<JobField, Object> defaults = new EnumMap<>(JobField.class);
		defaults.put(JobField.STATUS, JobStatus.NEW);
		defaults.put(JobField.PRIORITY, JobPriority.NORMAL);
		defaults.put(JobField.JOB_TYPE, JobType.RESIDENTIAL);
		return JobValues.of(defaults);
	}

	private PatchOutcome apply(JobValues before, Patch patch, PatchContext ctx) {
		boolean creating = before == null;
		JobValues base = creating ? creationDefaults() : before;
		Violations.Builder v = Violations.builder();
		if (RawValues.rejectNul(patch, v)) {
			return new PatchOutcome.Rejected(v.build());
		}
		boolean notify = readNotify(patch, v);
		Map<JobField, Object> read = READER.read(patch, creating, "", v);
		Patch customerPatch = patch.isPresent(CUSTOMER)
				? CustomerPatchEngine.readNested(patch.raw(CUSTOMER), CUSTOMER + ".", v) : null;
		if (creating) {
			requireOnCreate(patch, v);
		}
		read.forEach((field, value) -> {
			if (value instanceof UUID id) {
				JobReferences.check(field, id, base.get(field), ctx.references(), v);
			}
		});
		JobReferences.resolveWorker(patch, read, ctx.references(), v);
		if (creating && !read.containsKey(JobField.CUSTOM_FIELDS)) {
			read.put(JobField.CUSTOM_FIELDS, null);
		}
		JobValues after = base;
		for (Map.Entry<JobField, Object> entry : read.entrySet()) {
			after = after.with(entry.getKey(), valueAfter(entry.getKey(), entry.getValue(), base, creating, ctx, v));
		}
		ScheduledWindow.check(after, patch, v);
		boolean override = CustomerServiceRules.readOverride(patch, ctx.actor(), v);
		if (v.isEmpty()) {
			CustomerServiceRules.check(before, after, override, ctx.references(), v);
		}
		if (!v.isEmpty()) {
			return new PatchOutcome.Rejected(v.build());
		}
		after = StatusStamps.stamp(creating ? null : before.status(), after, patch, ctx.now());
		List<FieldChange> changes = changes(before, after);
		List<NotificationIntent> notifications = notify && !changes.isEmpty()
				? JobNotifications.intents(before, after, ctx.actor()) : List.of();
		return new PatchOutcome.Applied(before, after, changes, notifications, customerPatch);
	}

	private static Object valueAfter(JobField field, Object value, JobValues base, boolean creating, PatchContext ctx,
			Violations.Builder v) {
		return switch (field) {
			case CUSTOM_FIELDS -> JobCompositeFields.customFields(value, base.customFields(), creating, ctx, v);
			case EXTERNAL_DATA -> JobCompositeFields.externalData(value, base.externalData());
			case MILESTONES -> JobCompositeFields.milestones(value, base.milestones(), ctx, v);
			default -> value;
		};
	}

	private static void requireOnCreate(Patch patch, Violations.Builder v) {
		for (JobField field : List.of(JobField.TITLE, JobField.CUSTOMER_UUID)) {
			if (!patch.isPresent(field.apiName())) {
				v.add(field.apiName(), "is required");
			}
		}
	}

	private static boolean readNotify(Patch patch, Violations.Builder v) {
		if (!patch.isPresent(NOTIFY)) {
			return true;
		}
		if (patch.raw(NOTIFY) == null) {
			v.add(NOTIFY, "must be true or false");
			return true;
		}
		return RawValues.bool(NOTIFY, patch.raw(NOTIFY), v).orElse(true);
	}

	/** Changed fields in field order; on create every field that holds something. */
	private static List<FieldChange> changes(JobValues before, JobValues after) {
		List<FieldChange> changes = new ArrayList<>();
		for (JobField field : JobField.values()) {
			Object oldValue = before == null ? null : before.get(field);
			Object newValue = after.get(field);
			boolean changed = before == null ? holdsSomething(newValue)
					: !JobValues.sameValue(field, oldValue, newValue);
			if (changed) {
				changes.add(new FieldChange(field, oldValue, newValue));
			}
		}
		return changes;
	}

	private static boolean holdsSomething(Object value) {
		return value != null && !(value instanceof Collection<?> c && c.isEmpty())
				&& !(value instanceof Map<?, ?> m && m.isEmpty());
	}

	private static PatchContext atMicros(PatchContext ctx) {
		return new PatchContext(ctx.actor(), ctx.company(), ctx.references(), ctx.now().truncatedTo(ChronoUnit.MICROS));
	}

}
