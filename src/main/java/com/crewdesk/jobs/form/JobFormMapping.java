package com.crewdesk.jobs.form;

import com.crewdesk.jobs.JobEdit;
import com.crewdesk.jobs.web.JobFormFields;
import com.crewdesk.jobs.web.JobFormFields.Unit;
import com.crewdesk.patch.CustomFieldValue;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.Patch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a posted job form into a patch (create) or an edit (update) for the services,
 * deciding nothing about what is allowed or stale: a create sends what was filled in; an
 * edit sends only what the user changed compared with the values the form was loaded
 * with.
 */
final class JobFormMapping {

	static final String NOTIFY = "notify";

	/** An admin's explicit override of a customer's do-not-service flag (seed 003). */
	static final String OVERRIDE_DO_NOT_SERVICE = "override_do_not_service";

	/**
	 * A field both the user and someone else changed since the form was loaded, to
	 * differing values.
	 */
	public record Conflict(Unit unit, List<String> mine, List<String> theirs) {

		public String name() {
			return unit.name();
		}
	}

	private final List<Unit> units;

	JobFormMapping(List<String> customKeys) {
		this.units = JobFormFields.units(customKeys);
	}

	/**
	 * Everything filled in; empty inputs are left to the defaults, except the title
	 * (required). A ticked override of do-not-service is sent as such; the engine lets
	 * only admins send it.
	 */
	Patch forCreate(Map<String, String> posted) {
		Map<String, Object> patch = new LinkedHashMap<>();
		List<Object> customFields = new ArrayList<>();
		for (Unit unit : units) {
			if (!unit.isIn(posted) || blank(unit.valuesIn(posted)) && !unit.name().equals(JobField.TITLE.apiName())) {
				continue;
			}
			if (unit.isCustomField()) {
				customFields.add(customField(unit.customKey(), posted.get(unit.name())));
			}
			else {
				patch.put(unit.name(), raw(unit, posted));
			}
		}
		if (!customFields.isEmpty()) {
			patch.put(JobField.CUSTOM_FIELDS.apiName(), customFields);
		}
		if (Boolean.parseBoolean(posted.get(OVERRIDE_DO_NOT_SERVICE))) {
			patch.put(OVERRIDE_DO_NOT_SERVICE, true);
		}
		return Patch.of(patch);
	}

	/**
	 * The user's edit for the service: each unit whose posted value differs from the
	 * value the form was loaded with, both as raw patch values, and the choices made on a
	 * conflict screen (seen at {@code decidedAt}). Whether it conflicts with someone
	 * else's change is for {@link JobEdits} to decide.
	 */
	JobEdit edit(long version, Map<String, String> posted, Map<String, String> original, Map<String, String> choices,
			Long decidedAt) {
		Map<String, JobEdit.FieldEdit> fields = new LinkedHashMap<>();
		for (Unit unit : changedUnits(posted, original)) {
			fields.put(unit.name(), new JobEdit.FieldEdit(raw(unit, original), raw(unit, posted)));
		}
		Map<String, JobEdit.Decision> decisions = new LinkedHashMap<>();
		choices.forEach((name, choice) -> {
			JobEdit.Decision decision = JobEdit.Decision.fromParam(choice);
			if (decision != null) {
				decisions.put(name, decision);
			}
		});
		Boolean notify = posted.containsKey(NOTIFY) ? Boolean.parseBoolean(posted.get(NOTIFY)) : null;
		return new JobEdit(version, fields, decisions, decidedAt, notify);
	}

	List<Unit> changedUnits(Map<String, String> posted, Map<String, String> original) {
		return units.stream()
			.filter(unit -> unit.isIn(posted) && !unit.valuesIn(posted).equals(unit.valuesIn(original)))
			.toList();
	}

	/**
	 * The fields the service found in conflict, with the user's values and the current
	 * ones, for the screen.
	 */
	List<Conflict> conflicts(List<String> names, Map<String, String> posted, Map<String, String> current) {
		return units.stream()
			.filter(unit -> names.contains(unit.name()))
			.map(unit -> new Conflict(unit, unit.valuesIn(posted), unit.valuesIn(current)))
			.toList();
	}

	/**
	 * The form moved onto the current version: what the user changed stays, everything
	 * else shows the current values.
	 */
	Map<String, String> rebase(Map<String, String> posted, Map<String, String> original, Map<String, String> current) {
		return overlay(current, posted, changedUnits(posted, original));
	}

	/**
	 * The values the rebased form counts as "loaded": the current ones, except for the
	 * units the user changed, which keep what the user started from, so that their change
	 * and any conflict on it are still seen.
	 */
	Map<String, String> rebasedOriginals(Map<String, String> posted, Map<String, String> original,
			Map<String, String> current) {
		return overlay(current, original, changedUnits(posted, original));
	}

	private static Map<String, String> overlay(Map<String, String> base, Map<String, String> top, List<Unit> units) {
		Map<String, String> result = new LinkedHashMap<>(base);
		units.forEach(unit -> unit.inputs().forEach(input -> result.put(input, top.getOrDefault(input, ""))));
		top.forEach(result::putIfAbsent);
		return result;
	}

	private static Object raw(Unit unit, Map<String, String> posted) {
		if (unit.isCustomField()) {
			String value = posted.getOrDefault(unit.name(), "").trim();
			return value.isEmpty() ? null : value;
		}
		if (!unit.name().equals(JobFormFields.COORDINATES)) {
			return posted.getOrDefault(unit.name(), "");
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
