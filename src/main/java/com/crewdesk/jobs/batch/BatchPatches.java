package com.crewdesk.jobs.batch;

import com.crewdesk.jobs.StoredJob;
import com.crewdesk.patch.CustomFieldSet;
import com.crewdesk.patch.Patch;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Translates the batch panel into one patch per job. Most choices give every job the same
 * patch; shifting the day and setting one custom field depend on each job's current
 * values (the engine still judges them). Fields the user left untouched are absent from
 * every patch, so they stay unchanged (P1).
 */
final class BatchPatches {

	private BatchPatches() {
	}

	/** Whether the form asks for anything at all, and if not, why. */
	static String nothingChosen(BatchEditForm form) {
		boolean chosen = BatchEditForm.text(form.assignTo()) != null || "true".equals(form.unassign())
				|| BatchEditForm.text(form.status()) != null || BatchEditForm.text(form.priority()) != null
				|| BatchEditForm.text(form.scheduledDate()) != null || shift(form) != 0
				|| BatchEditForm.text(form.customFieldKey()) != null;
		if (!chosen) {
			return "Choose at least one change.";
		}
		if (BatchEditForm.text(form.assignTo()) != null && "true".equals(form.unassign())) {
			return "Choose either a technician or Unassign, not both.";
		}
		if (BatchEditForm.text(form.scheduledDate()) != null && shift(form) != 0) {
			return "Set a scheduled date or shift it by days, not both.";
		}
		return null;
	}

	/** Whether building the patches needs each job's current values. */
	static boolean needsCurrentValues(BatchEditForm form) {
		return shift(form) != 0 || BatchEditForm.text(form.customFieldKey()) != null;
	}

	static Map<UUID, Patch> build(BatchEditForm form, List<UUID> ids, Map<UUID, StoredJob> current) {
		Map<String, Object> common = new LinkedHashMap<>();
		if (BatchEditForm.text(form.assignTo()) != null) {
			common.put("assigned_to_user_id", form.assignTo().trim());
		}
		if ("true".equals(form.unassign())) {
			common.put("assigned_to_user_id", "");
		}
		putIfGiven(common, "status", form.status());
		putIfGiven(common, "priority", form.priority());
		putIfGiven(common, "scheduled_date", form.scheduledDate());
		Map<UUID, Patch> patches = new LinkedHashMap<>();
		for (UUID id : ids) {
			Map<String, Object> raw = new LinkedHashMap<>(common);
			StoredJob job = current.get(id);
			if (job != null) {
				shifted(form, job).ifPresent(day -> raw.put("scheduled_date", day.toString()));
				if (BatchEditForm.text(form.customFieldKey()) != null) {
					raw.put("custom_fields",
							CustomFieldSet.asPatchValue(CustomFieldSet.withValue(job.values().customFields(),
									form.customFieldKey().trim(), BatchEditForm.text(form.customFieldValue()))));
				}
			}
			patches.put(id, Patch.of(raw));
		}
		return patches;
	}

	static int shift(BatchEditForm form) {
		try {
			return BatchEditForm.text(form.shiftDays()) == null ? 0 : Integer.parseInt(form.shiftDays().trim());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static java.util.Optional<LocalDate> shifted(BatchEditForm form, StoredJob job) {
		LocalDate day = job.values().scheduledDate();
		int days = shift(form);
		return days == 0 || day == null ? java.util.Optional.empty() : java.util.Optional.of(day.plusDays(days));
	}

	private static void putIfGiven(Map<String, Object> raw, String field, String value) {
		if (BatchEditForm.text(value) != null) {
			raw.put(field, value.trim());
		}
	}

}
