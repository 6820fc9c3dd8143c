package com.crewdesk.patch;

import static com.crewdesk.patch.JobFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the customer patch engine: random valid patches agree with a plain
 * in-memory model of the seed-003 rules; invalid patches are refused and change nothing.
 */
class CustomerPatchEngineProperties {

	private static final CustomerPatchEngine CUSTOMERS = new CustomerPatchEngine();

	private static final String APP_A = "0f8fad5b-d9cb-469f-a165-70867728950e";

	private static final String APP_B = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

	private static final List<String> MODELLED = List.of("first_name", "last_name", "company_name", "customer_type",
			"email", "phone", "do_not_mail", "do_not_service", "active", "tags", "address", "external_data");

	@Property(tries = 200)
	void validPatchSequencesAgreeWithTheModel(@ForAll("validPatchSequences") List<Map<String, Object>> patches) {
		CustomerValues customer = stored();
		Map<String, Object> model = modelOf(customer);
		for (Map<String, Object> raw : patches) {
			CustomerPatchOutcome outcome = CUSTOMERS.update(customer, Patch.of(raw), asDispatcher());
			assertThat(outcome).as("patch %s", raw).isInstanceOf(CustomerPatchOutcome.Applied.class);
			customer = ((CustomerPatchOutcome.Applied) outcome).after();
			model = applyToModel(model, raw);
			assertThat(modelOf(customer)).as("after %s", raw).isEqualTo(model);
		}
	}

	@Property(tries = 200)
	void invalidPatchesChangeNothing(@ForAll("validPatches") Map<String, Object> valid,
			@ForAll("invalidFields") Map<String, Object> invalid) {
		CustomerValues before = stored();
		Map<String, Object> raw = new LinkedHashMap<>(valid);
		raw.putAll(invalid);

		CustomerPatchOutcome outcome = CUSTOMERS.update(before, Patch.of(raw), asDispatcher());

		assertThat(outcome).as("patch %s", raw).isInstanceOf(CustomerPatchOutcome.Rejected.class);
		String field = invalid.keySet().iterator().next();
		assertThat(((CustomerPatchOutcome.Rejected) outcome).violations().byField().keySet())
			.anyMatch(key -> key.equals(field) || key.startsWith(field + "."));
		assertThat(before).isEqualTo(stored());
	}

	// ---------------------------------------------------------------- the model
	// (independent of the engine)

	private static CustomerValues stored() {
		Map<CustomerField, Object> values = new EnumMap<>(CustomerField.class);
		values.put(CustomerField.FIRST_NAME, "Jane");
		values.put(CustomerField.LAST_NAME, "Doe");
		values.put(CustomerField.PHONE, "+1 303 555 0100");
		values.put(CustomerField.TAGS, List.of("vip"));
		values.put(CustomerField.EXTERNAL_DATA, Map.of(APP_A, Map.of("id", "1")));
		return CustomerValues.of(values);
	}

	private static Map<String, Object> modelOf(CustomerValues customer) {
		Map<String, Object> raw = customer.toRaw();
		Map<String, Object> model = new HashMap<>();
		for (String field : MODELLED) {
			Object value = raw.get(field);
			model.put(field, value instanceof List<?> list ? new HashSet<>(list) : value);
		}
		return model;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> applyToModel(Map<String, Object> model, Map<String, Object> patch) {
		Map<String, Object> next = new HashMap<>(model);
		patch.forEach((field, value) -> {
			switch (field) {
				case "tags" -> next.put(field, value == null ? new HashSet<>() : new HashSet<>((List<String>) value));
				case "phone" -> next.put(field, value == null ? null
						: "+1 " + digits(value).replaceFirst("(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3"));
				case "address" -> next.put(field, value == null ? null : fullAddress((Map<String, Object>) value));
				case "external_data" -> next.put(field,
						externalData((Map<String, Map<String, String>>) model.get(field), (Map<String, Object>) value));
				default -> next.put(field, value);
			}
		});
		return next;
	}

	private static String digits(Object phone) {
		String digits = phone.toString().replaceAll("\\D", "");
		return digits.substring(digits.length() - 10);
	}

	private static Map<String, Object> fullAddress(Map<String, Object> given) {
		Map<String, Object> full = new LinkedHashMap<>();
		for (String key : List.of("street", "unit", "city", "state", "zip", "country", "latitude", "longitude")) {
			Object value = given.get(key);
			full.put(key, value instanceof String s && (key.equals("state") || key.equals("country")) ? s.toUpperCase()
					: value);
		}
		return full;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, String>> externalData(Map<String, Map<String, String>> current,
			Map<String, Object> update) {
		Map<String, Map<String, String>> next = new HashMap<>(current);
		String app = (String) update.get("application_guid");
		boolean merge = "Merge".equals(update.get("patch_mode"));
		Map<String, String> keys = merge ? new HashMap<>(current.getOrDefault(app, Map.of())) : new HashMap<>();
		for (Map<String, String> entry : (List<Map<String, String>>) update.get("external_data")) {
			if (entry.get("value") == null) {
				keys.remove(entry.get("key"));
			}
			else {
				keys.put(entry.get("key"), entry.get("value"));
			}
		}
		if (keys.isEmpty()) {
			next.remove(app);
		}
		else {
			next.put(app, keys);
		}
		return next;
	}

	// ---------------------------------------------------------------- generators

	@Provide
	Arbitrary<List<Map<String, Object>>> validPatchSequences() {
		return validPatches().list().ofMinSize(1).ofMaxSize(5);
	}

	@Provide
	Arbitrary<Map<String, Object>> validPatches() {
		Map<String, Arbitrary<Object>> fields = new LinkedHashMap<>();
		fields.put("first_name", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(s -> s));
		fields.put("last_name", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(s -> s));
		fields.put("company_name", Arbitraries.oneOf(Arbitraries.just(null),
				Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).map(s -> s)));
		fields.put("customer_type", Arbitraries.of("Residential", "Commercial").map(s -> s));
		fields.put("email",
				Arbitraries.oneOf(Arbitraries.just(null),
						Arbitraries.strings()
							.withCharRange('a', 'z')
							.ofMinLength(1)
							.ofMaxLength(8)
							.map(s -> s + "@example.com")));
		fields.put("phone", Arbitraries.oneOf(Arbitraries.just(null), phones()));
		fields.put("do_not_mail", Arbitraries.of(true, false).map(b -> b));
		fields.put("do_not_service", Arbitraries.of(true, false).map(b -> b));
		fields.put("active", Arbitraries.of(true, false).map(b -> b));
		fields.put("tags", Arbitraries.oneOf(Arbitraries.just(null),
				Arbitraries.subsetOf(CUSTOMER_TAGS).map(set -> (Object) new ArrayList<>(set))));
		fields.put("address", Arbitraries.oneOf(Arbitraries.just(null), addresses()));
		fields.put("external_data", externalDataUpdates());
		return Arbitraries.subsetOf(fields.keySet()).flatMap(names -> {
			List<String> chosen = new ArrayList<>(names);
			List<Arbitrary<Object>> values = chosen.stream().map(fields::get).toList();
			return Combinators.combine(values).as(list -> {
				Map<String, Object> patch = new LinkedHashMap<>();
				for (int i = 0; i < chosen.size(); i++) {
					patch.put(chosen.get(i), list.get(i));
				}
				return patch;
			});
		});
	}

	private static Arbitrary<Object> phones() {
		Arbitrary<String> area = Arbitraries.integers().between(200, 999).map(String::valueOf);
		Arbitrary<String> exchange = Arbitraries.integers().between(200, 999).map(String::valueOf);
		Arbitrary<String> line = Arbitraries.integers().between(0, 9999).map(n -> String.format("%04d", n));
		Arbitrary<String> style = Arbitraries.of("(%s) %s-%s", "%s.%s.%s", "+1 %s %s %s", "%s%s%s");
		return Combinators.combine(style, area, exchange, line).as((s, a, e, l) -> (Object) String.format(s, a, e, l));
	}

	private static Arbitrary<Object> addresses() {
		Arbitrary<String> street = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).map(s -> "1 " + s);
		Arbitrary<String> city = Arbitraries.of("Denver", "Austin", "Dayton");
		Arbitrary<String> state = Arbitraries.of("co", "TX", "Oh");
		Arbitrary<String> country = Arbitraries.of("US", "ca", "MX");
		return Combinators.combine(street, city, state, country).as((s, c, st, co) -> {
			Map<String, Object> address = new LinkedHashMap<>();
			address.put("street", s);
			address.put("city", c);
			address.put("state", st);
			address.put("country", co);
			return (Object) address;
		});
	}

	private static Arbitrary<Object> externalDataUpdates() {
		Arbitrary<Map<String, String>> entry = Combinators
			.combine(Arbitraries.of("id", "tier", "note"),
					Arbitraries.oneOf(Arbitraries.just(null),
							Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6)))
			.as((k, val) -> {
				Map<String, String> e = new LinkedHashMap<>();
				e.put("key", k);
				e.put("value", val);
				return e;
			});
		return Combinators
			.combine(Arbitraries.of(APP_A, APP_B), Arbitraries.of("Merge", "Replace"),
					entry.list().ofMaxSize(3).uniqueElements(e -> e.get("key")))
			.as((app, mode, entries) -> {
				List<Map<String, String>> list = mode.equals("Replace")
						? entries.stream().filter(e -> e.get("value") != null).toList() : entries;
				return (Object) Map.of("application_guid", app, "patch_mode", mode, "external_data", list);
			});
	}

	@Provide
	Arbitrary<Map<String, Object>> invalidFields() {
		Map<String, Object> unknown = new HashMap<>();
		unknown.put("shoe_size", 44);
		Map<String, Object> nullFlag = new HashMap<>();
		nullFlag.put("active", null);
		return Arbitraries.of(unknown, nullFlag, Map.of("email", "not-an-email"), Map.of("phone", "12345"),
				Map.of("customer_type", "Industrial"), Map.of("tags", List.of("platinum")),
				Map.of("address", Map.of("street", "1 Main", "state", "Texas")),
				Map.of("address", Map.of("street", "1 Main", "country", "USA")), Map.of("first_name", ""),
				Map.of("version", 9));
	}

}
