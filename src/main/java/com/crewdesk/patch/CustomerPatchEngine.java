package com.crewdesk.patch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Judges customer patches with the same rules as jobs (P1–P3, P5, P8–P10): all-optional
 * partial update, address replaced as a unit, custom fields replaced as a set, external
 * data per application, and at least one of first name, last name or company name kept
 * filled in.
 */
public final class CustomerPatchEngine {

	private static final PatchReader<CustomerField> READER = new PatchReader<>(CustomerField::byApiName, Set.of());

	private static final List<CustomerField> NAMES = List.of(CustomerField.FIRST_NAME, CustomerField.LAST_NAME,
			CustomerField.COMPANY_NAME);

	public CustomerPatchOutcome update(CustomerValues current, Patch patch, PatchContext ctx) {
		Objects.requireNonNull(current, "current");
		return apply(current, patch, ctx);
	}

	public CustomerPatchOutcome create(Patch patch, PatchContext ctx) {
		return apply(null, patch, ctx);
	}

	/**
	 * Validates the nested {@code customer} object of a job patch as a partial customer
	 * patch (violations keyed {@code prefix + field}); returns it, or null when it is not
	 * an object. Whether a name remains is judged when the service applies it with
	 * {@link #update}.
	 */
	static Patch readNested(Object raw, String prefix, Violations.Builder v) {
		if (!(raw instanceof Map<?, ?> map)) {
			v.add(prefix.substring(0, prefix.length() - 1), "must be an object");
			return null;
		}
		@SuppressWarnings("unchecked")
		Patch nested = Patch.of((Map<String, Object>) map);
		READER.read(nested, false, prefix, v);
		return nested;
	}

	private CustomerPatchOutcome apply(CustomerValues before, Patch patch, PatchContext ctx) {
		Optional<Violations> refused = Rulebook.refuseCustomerChange(ctx.actor());
		if (refused.isPresent()) {
			return new CustomerPatchOutcome.Rejected(refused.get());
		}
		boolean creating = before == null;
		CustomerValues base = creating ? CustomerValues.of(Map.of()) : before;
		Violations.Builder v = Violations.builder();
		if (RawValues.rejectNul(patch, v)) {
			return new CustomerPatchOutcome.Rejected(v.build());
		}
		Map<CustomerField, Object> read = READER.read(patch, creating, "", v);
		if (creating && !read.containsKey(CustomerField.CUSTOM_FIELDS)) {
			read.put(CustomerField.CUSTOM_FIELDS, null);
		}
		CustomerValues after = base;
		for (Map.Entry<CustomerField, Object> entry : read.entrySet()) {
			after = after.with(entry.getKey(), valueAfter(entry.getKey(), entry.getValue(), base, creating, ctx, v));
		}
		if (!after.hasName() && v.isEmpty()) {
			v.add(nameKey(patch), "at least one of first_name, last_name or company_name must be filled in");
		}
		if (!v.isEmpty()) {
			return new CustomerPatchOutcome.Rejected(v.build());
		}
		return new CustomerPatchOutcome.Applied(before, after, changes(before, after));
	}

	private static Object valueAfter(CustomerField field, Object value, CustomerValues base, boolean creating,
			PatchContext ctx, Violations.Builder v) {
		return switch (field) {
			case CUSTOM_FIELDS -> new CustomFieldRules(ctx.company().customerCustomFields())
				.check(field.apiName(), value == null ? List.of() : castList(value), base.customFields(), creating, v)
				.orElse(null);
			case EXTERNAL_DATA -> ExternalDataUpdate.applyAll(value, base.externalData());
			case TAGS -> companyTags(field.apiName(), value, ctx.company(), v);
			default -> value;
		};
	}

	/** Tags are a set of the company's tag names, kept in the company's spelling. */
	private static List<String> companyTags(String key, Object value, CompanyRules company, Violations.Builder v) {
		List<String> tags = new ArrayList<>();
		for (Object tag : value == null ? List.of() : (List<?>) value) {
			Optional<String> known = company.customerTag((String) tag);
			if (known.isEmpty()) {
				v.add(key, "'" + tag + "' is not a tag of your company");
			}
			else if (!tags.contains(known.get())) {
				tags.add(known.get());
			}
		}
		return tags;
	}

	private static String nameKey(Patch patch) {
		return NAMES.stream().map(CustomerField::apiName).filter(patch::isPresent).findFirst().orElse("first_name");
	}

	private static List<CustomerFieldChange> changes(CustomerValues before, CustomerValues after) {
		List<CustomerFieldChange> changes = new ArrayList<>();
		for (CustomerField field : CustomerField.values()) {
			Object oldValue = before == null ? null : before.get(field);
			Object newValue = after.get(field);
			boolean changed = before == null
					? newValue != null && !(newValue instanceof Collection<?> c && c.isEmpty())
							&& !(newValue instanceof Map<?, ?> m && m.isEmpty())
					: !CustomerValues.sameValue(field, oldValue, newValue);
			if (changed) {
				changes.add(new CustomerFieldChange(field, oldValue, newValue));
			}
		}
		return changes;
	}

	@SuppressWarnings("unchecked")
	private static List<CustomFieldValue> castList(Object value) {
		return (List<CustomFieldValue>) value;
	}

}
