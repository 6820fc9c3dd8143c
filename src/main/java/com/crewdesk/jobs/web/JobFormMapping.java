package com.crewdesk.jobs.web;

import com.crewdesk.jobs.web.JobFormFields.Unit;
import com.crewdesk.patch.CustomFieldValue;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobValues;
import com.crewdesk.patch.Patch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a posted job form into a patch for the engine, deciding nothing about what is allowed: a create
 * sends what was filled in; an edit sends only what the user changed compared with the values the form
 * was loaded with, so it never overwrites a field someone else changed meanwhile.
 */
final class JobFormMapping {

	static final String NOTIFY = "notify";
	private static final Set<String> NOTIFYING = Set.of(JobField.STATUS.apiName(),
			JobField.ASSIGNED_TO_USER_ID.apiName());

	/** A field both the user and someone else changed since the form was loaded, to differing values. */
	public record Conflict(Unit unit, List<String> mine, List<String> theirs) {

		public String name() {
			return unit.name();
		}
	}

	private final List<Unit> units;

	JobFormMapping(List<String> customKeys) {
		this.units = JobFormFields.units(customKeys);
	}

	/** Everything filled in; empty inputs are left to the defaults, except the title (required). */
	Patch forCreate(Map<String, String> posted) {
		Map<String, Object> patch = new LinkedHashMap<>();
		List<Object> customFields = new ArrayList<>();
		for (Unit unit : units) {
			if (!unit.isIn(posted) || blank(unit.valuesIn(posted)) && !unit.name().equals(JobField.TITLE.apiName())) {
				continue;
			}
			if (unit.isCustomField()) {
				customFields.add(customField(unit.customKey(), posted.get(unit.name())));
			} else {
				patch.put(unit.name(), raw(unit, posted));
			}
		}
		if (!customFields.isEmpty()) {
			patch.put(JobField.CUSTOM_FIELDS.apiName(), customFields);
		}
		return Patch.of(patch);
	}

	/**
	 * The units whose posted value differs from the original. Custom fields are sent as the job's current
	 * set with only the changed keys replaced (the API replaces the whole set). {@code notify} goes along when
	 * the status or the assignee changes.
	 */
	Patch forEdit(Map<String, String> posted, Map<String, String> original, JobValues current) {
		Map<String, Object> patch = new LinkedHashMap<>();
		Map<String, String> customFields = new LinkedHashMap<>();
		current.customFields().forEach(value -> customFields.put(value.key(), value.val()));
		boolean customChanged = false;
		for (Unit unit : changedUnits(posted, original)) {
			if (unit.isCustomField()) {
				customChanged = true;
				String val = posted.get(unit.name()).trim();
				if (val.isEmpty()) {
					customFields.remove(unit.customKey());
				} else {
					customFields.put(unit.customKey(), val);
				}
			} else {
				patch.put(unit.name(), raw(unit, posted));
			}
		}
		if (customChanged) {
			List<Object> list = new ArrayList<>();
			customFields.forEach((key, val) -> list.add(customField(key, val)));
			patch.put(JobField.CUSTOM_FIELDS.apiName(), list);
		}
		if (posted.containsKey(NOTIFY) && patch.keySet().stream().anyMatch(NOTIFYING::contains)) {
			patch.put(NOTIFY, Boolean.parseBoolean(posted.get(NOTIFY)));
		}
		return Patch.of(patch);
	}

	List<Unit> changedUnits(Map<String, String> posted, Map<String, String> original) {
		return units.stream()
			.filter(unit -> unit.isIn(posted) && !unit.valuesIn(posted).equals(unit.valuesIn(original)))
			.toList();
	}

	/** Units the user changed that someone else also changed since, to a different value. */
	List<Conflict> conflicts(Map<String, String> posted, Map<String, String> original, Map<String, String> current) {
		return changedUnits(posted, original).stream()
			.filter(unit -> !unit.valuesIn(current).equals(unit.valuesIn(original))
					&& !unit.valuesIn(current).equals(unit.valuesIn(posted)))
			.map(unit -> new Conflict(unit, unit.valuesIn(posted), unit.valuesIn(current)))
			.toList();
	}

	/**
	 * The form moved onto the current version: what the user changed stays, everything else shows the
	 * current values.
	 */
	Map<String, String> rebase(Map<String, String> posted, Map<String, String> original, Map<String, String> current) {
		Map<String, String> rebased = new LinkedHashMap<>(current);
		for (Unit unit : changedUnits(posted, original)) {
			unit.inputs().forEach(input -> rebased.put(input, posted.getOrDefault(input, "")));
		}
		posted.forEach(rebased::putIfAbsent);
		return rebased;
	}

	/** Applies the user's choice for units in conflict: "theirs" takes the original (= current) value back. */
	Map<String, String> withChoices(Map<String, String> posted, Map<String, String> original,
			Map<String, String> choices) {
		Map<String, String> resolved = new LinkedHashMap<>(posted);
		for (Unit unit : units) {
			if ("theirs".equals(choices.get(unit.name()))) {
				unit.inputs().forEach(input -> resolved.put(input, original.getOrDefault(input, "")));
			}
		}
		return resolved;
	}

	private static Object raw(Unit unit, Map<String, String> posted) {
		if (!unit.name().equals(JobFormFields.COORDINATES)) {
			return posted.get(unit.name());
		}
		String lat = posted.getOrDefault(JobFormFields.LAT, "").trim();
		String lng = posted.getOrDefault(JobFormFields.LNG, "").trim();
		if (lat.isEmpty() && lng.isEmpty()) {
			return null;
		}
		Map<String, Object> coordinates = new LinkedHashMap<>();
		coordinates.put("lat", lat.isEmpty() ? null : lat);
		coordinates.put("lng", lng.isEmpty() ? null : lng);
		return coordinates;
	}

	private static Map<String, Object> customField(String key, String val) {
		CustomFieldValue value = new CustomFieldValue(key, val);
		return Map.of("key", value.key(), "val", value.val());
	}

	private static boolean blank(List<String> values) {
		return values.stream().allMatch(String::isBlank);
	}
}
