package com.crewdesk.patch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of a patch (P1–P5), shared by the job and customer engines: unknown
 * names, read-only and create-only fields, null on required fields and bad values become
 * violations; what is left is field → typed value (or the update instruction of a
 * composite field). Control fields (such as {@code notify}) are skipped; the engine reads
 * them itself.
 */
final class PatchReader<F extends Enum<F> & PatchableField> {

	private final Function<String, Optional<F>> byName;

	private final Set<String> controlFields;

	PatchReader(Function<String, Optional<F>> byName, Set<String> controlFields) {
		this.byName = byName;
		this.controlFields = controlFields;
	}

	/**
	 * Field → value in patch order; {@code prefix} is put in front of violation keys
	 * ("customer.").
	 */
	Map<F, Object> read(Patch patch, boolean creating, String prefix, Violations.Builder v) {
		Map<F, Object> read = new LinkedHashMap<>();
		for (String name : patch.fieldNames()) {
			if (controlFields.contains(name)) {
				continue;
			}
			String key = prefix + name;
			Optional<F> field = byName.apply(name);
			if (field.isEmpty()) {
				v.add(key, "is not a known field");
			}
			else if (field.get().category() == FieldCategory.READ_ONLY) {
				v.add(key, "cannot be changed");
			}
			else if (field.get().category() == FieldCategory.CREATE_ONLY && !creating) {
				v.add(key, "can only be set when the job is created");
			}
			else {
				readValue(field.get(), key, patch.raw(name), read, v);
			}
		}
		return read;
	}

	private void readValue(F field, String key, Object raw, Map<F, Object> read, Violations.Builder v) {
		Object value = raw;
		if (value instanceof String s && s.isBlank() && field.nullable() && field.format().blankMeansNull()) {
			value = null;
		}
		if (value == null) {
			if (field.nullable()) {
				read.put(field, null);
			}
			else {
				v.add(key, "must not be null");
			}
			return;
		}
		field.format().read(key, value, v).ifPresent(typed -> read.put(field, typed));
	}

}
