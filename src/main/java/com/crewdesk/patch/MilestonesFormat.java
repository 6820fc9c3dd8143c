package com.crewdesk.patch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code milestones}: step key → {"completed_at"?, "completed_by"?} | true (tick) | false
 * or null (un-tick). Merges per key. Reads into a list of {@link MilestoneUpdate}; the
 * typed state is Map stepKey → {@link StepCompletion}. Step keys are checked against the
 * company by the engine.
 */
final class MilestonesFormat implements ValueFormat {

	@Override
	public Optional<Object> read(String key, Object raw, Violations.Builder v) {
		Optional<Map<String, Object>> steps = RawValues.object(key, raw, v);
		if (steps.isEmpty()) {
			return Optional.empty();
		}
		List<MilestoneUpdate> updates = new ArrayList<>();
		boolean clean = true;
		for (Map.Entry<String, Object> step : steps.get().entrySet()) {
			Optional<MilestoneUpdate> update = update(key + "." + step.getKey(), step.getKey(), step.getValue(), v);
			clean &= update.isPresent();
			update.ifPresent(updates::add);
		}
		return clean ? Optional.of(List.copyOf(updates)) : Optional.empty();
	}

	private static Optional<MilestoneUpdate> update(String key, String stepKey, Object raw, Violations.Builder v) {
		if (raw == null || Boolean.FALSE.equals(raw)) {
			return Optional.of(MilestoneUpdate.untick(stepKey));
		}
		if (Boolean.TRUE.equals(raw)) {
			return Optional.of(new MilestoneUpdate(stepKey, true, null, null));
		}
		if (!(raw instanceof Map<?, ?>)) {
			v.add(key, "must be true, null or an object with completed_at and completed_by");
			return Optional.empty();
		}
		Map<String, Object> object = RawValues.object(key, raw, v).orElseThrow();
		boolean clean = RawValues.onlyKnownKeys(key, object, List.of("completed_at", "completed_by"), v);
		Optional<Instant> at = Optional.empty();
		if (object.get("completed_at") != null) {
			at = Formats.instant().read(key + ".completed_at", object.get("completed_at"), v).map(Instant.class::cast);
			clean &= at.isPresent();
		}
		Optional<UUID> by = Optional.empty();
		if (object.get("completed_by") != null) {
			by = RawValues.uuid(key + ".completed_by", object.get("completed_by"), v);
			clean &= by.isPresent();
		}
		return clean ? Optional.of(new MilestoneUpdate(stepKey, true, at.orElse(null), by.orElse(null)))
				: Optional.empty();
	}

	@Override
	public Object toRaw(Object typed) {
		if (typed == null) {
			return Map.of();
		}
		Map<String, Object> raw = new LinkedHashMap<>();
		((Map<?, ?>) typed).forEach((step, value) -> {
			StepCompletion completion = (StepCompletion) value;
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("completed_at", completion.completedAt() == null ? null : completion.completedAt().toString());
			item.put("completed_by", completion.completedBy() == null ? null : completion.completedBy().toString());
			raw.put((String) step, item);
		});
		return raw;
	}

	@Override
	public boolean blankMeansNull() {
		return false;
	}

}
