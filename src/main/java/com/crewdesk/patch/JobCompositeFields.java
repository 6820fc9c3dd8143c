package com.crewdesk.patch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the patch instructions of custom_fields (P8), external_data (P9) and milestones
 * (P11).
 */
final class JobCompositeFields {

	private JobCompositeFields() {
	}

	static Object customFields(Object value, List<CustomFieldValue> stored, boolean creating, PatchContext ctx,
			Violations.Builder v) {
		List<CustomFieldValue> given = value == null ? List.of() : castList(value);
		return new CustomFieldRules(ctx.company().customFields())
			.check(JobField.CUSTOM_FIELDS.apiName(), given, stored, creating, v)
			.orElse(null);
	}

	static Map<String, Map<String, String>> externalData(Object updates, Map<String, Map<String, String>> current) {
		return ExternalDataUpdate.applyAll(updates, current);
	}

	static Map<String, StepCompletion> milestones(Object updates, Map<String, StepCompletion> current, PatchContext ctx,
			Violations.Builder v) {
		if (updates == null) {
			return Map.of();
		}
		Map<String, StepCompletion> result = new LinkedHashMap<>(current);
		String field = JobField.MILESTONES.apiName();
		for (Object o : (List<?>) updates) {
			MilestoneUpdate update = (MilestoneUpdate) o;
			String key = field + "." + update.stepKey();
			if (!ctx.company().checklistStepKeys().contains(update.stepKey())) {
				v.add(key, "is not a checklist step of your company");
			}
			else if (update.completedBy() != null && !ctx.references().isActiveStaff(update.completedBy())
					&& !completedByUnchanged(update, current)) {
				v.add(key + ".completed_by", "must be an active staff member of your company");
			}
			else if (!update.ticked()) {
				result.remove(update.stepKey());
			}
			else {
				result.put(update.stepKey(),
						update.completion(current.get(update.stepKey()), ctx.now(), ctx.actor().staffId()));
			}
		}
		return result;
	}

	private static boolean completedByUnchanged(MilestoneUpdate update, Map<String, StepCompletion> current) {
		StepCompletion existing = current.get(update.stepKey());
		return existing != null && update.completedBy().equals(existing.completedBy());
	}

	@SuppressWarnings("unchecked")
	private static List<CustomFieldValue> castList(Object value) {
		return (List<CustomFieldValue>) value;
	}

}
