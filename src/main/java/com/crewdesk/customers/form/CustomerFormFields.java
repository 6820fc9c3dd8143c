package com.crewdesk.customers.form;

import com.crewdesk.jobs.JobEdit;
import com.crewdesk.jobs.JobEdit.Decision;
import com.crewdesk.jobs.JobEdit.FieldEdit;
import com.crewdesk.patch.CustomFieldSet;
import com.crewdesk.patch.CustomFieldValue;
import com.crewdesk.patch.CustomerField;
import com.crewdesk.patch.CustomerValues;
import com.crewdesk.patch.Patch;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.util.MultiValueMap;

/**
 * The customer form's inputs as text, named as the API names the fields (the address as
 * {@code address.street} …, so the engine's messages land next to them), and the patch
 * values built from them: only the fields the person changed, the address always as one
 * unit (P10). Each custom field is an input of its own ({@code custom_fields[KEY]}, the
 * job form's naming), sent alone and folded into the customer's set by CustomerEdits.
 */
final class CustomerFormFields {

	static final List<String> TEXTS = List.of("first_name", "last_name", "company_name", "customer_type", "email",
			"phone");

	static final List<String> ADDRESS_PARTS = List.of("street", "unit", "city", "state", "zip", "country", "latitude",
			"longitude");

	static final List<String> FLAGS = List.of("do_not_mail", "do_not_service", "active");

	static final String TAGS = "tags";

	static final String ADDRESS = "address";

	/** The patch fields a form edits, each one a unit. */
	static final List<String> FIELDS = Stream.of(TEXTS, List.of(ADDRESS), FLAGS, List.of(TAGS))
		.flatMap(List::stream)
		.toList();

	private CustomerFormFields() {
	}

	static Map<String, String> defaults() {
		Map<String, String> form = new LinkedHashMap<>();
		TEXTS.forEach(name -> form.put(name, ""));
		form.put("customer_type", "Residential");
		ADDRESS_PARTS.forEach(part -> form.put(ADDRESS + "." + part, ""));
		FLAGS.forEach(name -> form.put(name, "false"));
		form.put("active", "true");
		form.put(TAGS, "");
		return form;
	}

	static Map<String, String> of(CustomerValues customer) {
		Map<String, Object> raw = customer.toRaw();
		Map<String, String> form = defaults();
		TEXTS.forEach(name -> form.put(name, text(raw.get(name))));
		if (raw.get(ADDRESS) instanceof Map<?, ?> address) {
			ADDRESS_PARTS.forEach(part -> form.put(ADDRESS + "." + part, text(address.get(part))));
		}
		FLAGS.forEach(name -> form.put(name, text(raw.get(name))));
		form.put(TAGS, String.join(",", customer.get(CustomerField.TAGS) instanceof List<?> tags
				? tags.stream().map(Object::toString).toList() : List.of()));
		for (CustomFieldValue value : customer.customFields()) {
			form.put(CustomFieldSet.singleFieldName(value.key()), value.val());
		}
		return form;
	}

	/**
	 * The inputs named with this prefix ("" for the values, "orig." for what the form
	 * started from). A checkbox sends a hidden "false" and, when ticked, "true".
	 */
	static Map<String, String> fromPost(MultiValueMap<String, String> params, String prefix) {
		Map<String, String> form = new LinkedHashMap<>();
		Stream.concat(TEXTS.stream(), ADDRESS_PARTS.stream().map(part -> ADDRESS + "." + part))
			.forEach(name -> form.put(name, Objects.requireNonNullElse(params.getFirst(prefix + name), "")));
		FLAGS.forEach(name -> form.put(name, String
			.valueOf(Objects.requireNonNullElse(params.get(prefix + name), List.<String>of()).contains("true"))));
		List<String> tags = Objects.requireNonNullElse(params.get(prefix + TAGS), List.of());
		form.put(TAGS, String.join(",", tags.stream().filter(t -> !t.isBlank()).toList()));
		params.forEach((name, values) -> {
			String field = name.substring(Math.min(prefix.length(), name.length()));
			if (name.startsWith(prefix) && CustomFieldSet.keyOf(field).isPresent() && !values.isEmpty()) {
				form.put(field, Objects.requireNonNullElse(values.get(0), ""));
			}
		});
		return form;
	}

	/** The person's choices after a conflict: {@code resolve.FIELD} = mine or theirs. */
	static Map<String, Decision> decisions(MultiValueMap<String, String> params) {
		Map<String, Decision> decisions = new HashMap<>();
		params.keySet().stream().filter(param -> param.startsWith("resolve.")).forEach(param -> {
			String name = param.substring("resolve.".length());
			Decision decision = Decision.fromParam(params.getFirst(param));
			if (decision != null && (FIELDS.contains(name) || CustomFieldSet.keyOf(name).isPresent())) {
				decisions.put(name, decision);
			}
		});
		return decisions;
	}

	/**
	 * A new customer: every field filled in that differs from the empty form (an empty
	 * field is left to the engine's default).
	 */
	static Patch forCreate(Map<String, String> posted) {
		Map<String, String> empty = defaults();
		Map<String, Object> patch = new LinkedHashMap<>();
		fields(posted, empty).stream()
			.filter(name -> raw(posted, name) != null && !Objects.equals(raw(posted, name), raw(empty, name)))
			.forEach(name -> patch.put(name, raw(posted, name)));
		return Patch.of(CustomFieldSet.foldSingles(patch, List.of()));
	}

	/** An edit: the fields whose value differs from what the form started from. */
	static JobEdit edit(long version, Map<String, String> posted, Map<String, String> original,
			Map<String, Decision> decisions, Long decidedVersion) {
		Map<String, FieldEdit> fields = new LinkedHashMap<>();
		fields(posted, original).stream()
			.filter(name -> !Objects.equals(raw(posted, name), raw(original, name)))
			.forEach(name -> fields.put(name, new FieldEdit(raw(original, name), raw(posted, name))));
		return new JobEdit(version, fields, decisions, decidedVersion, null);
	}

	/** One patch field's raw value from the form's text (blank is null). */
	static Object raw(Map<String, String> form, String name) {
		if (FLAGS.contains(name)) {
			return Boolean.parseBoolean(form.get(name));
		}
		if (TAGS.equals(name)) {
			String tags = form.getOrDefault(TAGS, "");
			return tags.isBlank() ? List.of() : Arrays.stream(tags.split(",")).map(String::trim).toList();
		}
		if (ADDRESS.equals(name)) {
			Map<String, Object> address = new LinkedHashMap<>();
			ADDRESS_PARTS.forEach(part -> address.put(part, blankToNull(form.get(ADDRESS + "." + part))));
			return address.values().stream().allMatch(Objects::isNull) ? null : address;
		}
		return blankToNull(form.get(name));
	}

	/** What a field holds, in words, for the conflict choice. */
	static String shown(Object raw) {
		if (raw == null) {
			return "(empty)";
		}
		if (raw instanceof Map<?, ?> map) {
			return String.join(", ",
					map.values().stream().filter(Objects::nonNull).map(CustomerFormFields::text).toList());
		}
		if (raw instanceof List<?> list) {
			return list.isEmpty() ? "(none)" : String.join(", ", list.stream().map(Object::toString).toList());
		}
		return raw.toString();
	}

	/**
	 * After a conflict: the person's own changes stay; every other input shows the
	 * current value.
	 */
	static Map<String, String> rebase(Map<String, String> posted, Map<String, String> original,
			Map<String, String> now) {
		Map<String, String> form = new LinkedHashMap<>(now);
		fields(posted, original).stream()
			.filter(name -> !Objects.equals(raw(posted, name), raw(original, name)))
			.forEach(name -> copy(posted, form, name));
		return form;
	}

	/**
	 * The originals after a conflict: the person's start for what they changed, else now.
	 */
	static Map<String, String> rebasedOriginals(Map<String, String> posted, Map<String, String> original,
			Map<String, String> now) {
		Map<String, String> form = new LinkedHashMap<>(now);
		fields(posted, original).stream()
			.filter(name -> !Objects.equals(raw(posted, name), raw(original, name)))
			.forEach(name -> copy(original, form, name));
		return form;
	}

	/** The form's fields, then the custom fields either form holds. */
	private static List<String> fields(Map<String, String> one, Map<String, String> other) {
		return Stream
			.concat(FIELDS.stream(),
					Stream.concat(one.keySet().stream(), other.keySet().stream())
						.filter(name -> CustomFieldSet.keyOf(name).isPresent())
						.distinct())
			.toList();
	}

	private static void copy(Map<String, String> from, Map<String, String> to, String field) {
		from.forEach((name, value) -> {
			if (name.equals(field) || name.startsWith(field + ".")) {
				to.put(name, value);
			}
		});
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private static String text(Object raw) {
		if (raw == null) {
			return "";
		}
		return raw instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : raw.toString();
	}

}
