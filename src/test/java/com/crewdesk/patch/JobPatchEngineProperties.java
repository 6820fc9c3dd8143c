package com.crewdesk.patch;

import static com.crewdesk.patch.JobFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleEntry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the job patch engine: it agrees with a small, separately written model of
 * the rules; invalid patches are always refused; applying a patch twice changes nothing
 * the second time.
 */
class JobPatchEngineProperties {

	private static final List<String> STATUSES = List.of("New", "Contacted", "Scheduled", "In Progress",
			"Needs Approval", "Ready to Invoice", "Invoiced", "Complete", "Estimate Sent", "Estimate Approved");

	private static final List<String> PRIORITIES = List.of("Low", "Normal", "High", "Emergency");

	private static final String APP_A = "0f8fad5b-d9cb-469f-a165-70867728950e";

	private static final String APP_B = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

	private static final Map<String, String> STAMPED = Map.of("In Progress", "started_at", "Complete", "completed_at",
			"Invoiced", "invoiced_at");

	private static final List<String> MODELLED = List.of("title", "description", "status", "priority", "is_urgent",
			"job_type", "bid_type", "customer_uuid", "assigned_to_user_id", "service_state", "estimated_amount",
			"scheduled_date", "started_at", "completed_at", "invoiced_at", "custom_fields", "external_data");

	// ---------------------------------------------------------------- properties

	@Property(tries = 200)
	void validPatchSequencesAgreeWithTheModel(@ForAll("validPatchSequences") List<Map<String, Object>> patches) {
		JobValues job = storedJob();
		Map<String, Object> model = modelOf(job);
		for (Map<String, Object> raw : patches) {
			PatchOutcome outcome = ENGINE.update(job, Patch.of(raw), asDispatcher());
			assertThat(outcome).as("patch %s", raw).isInstanceOf(PatchOutcome.Applied.class);
			job = ((PatchOutcome.Applied) outcome).after();
			model = applyToModel(model, raw);
			assertThat(modelOf(job)).as("after %s", raw).isEqualTo(model);
		}
	}

	@Property(tries = 200)
	void invalidPatchesAreAlwaysRejected(@ForAll("invalidPatches") Map<String, Object> raw) {
		PatchOutcome outcome = ENGINE.update(storedJob(), Patch.of(raw), asDispatcher());

		assertThat(outcome).as("patch %s", raw).isInstanceOf(PatchOutcome.Rejected.class);
		Violations violations = ((PatchOutcome.Rejected) outcome).violations();
		assertThat(violations.isEmpty()).isFalse();
		assertThat(violations.forbidden()).isFalse();
	}

	@Property(tries = 200)
	void applyingTheSamePatchTwiceChangesNothingTheSecondTime(@ForAll("validPatches") Map<String, Object> raw) {
		Patch patch = Patch.of(raw);
		JobValues once = ((PatchOutcome.Applied) ENGINE.update(storedJob(), patch, asDispatcher())).after();

		PatchOutcome.Applied twice = (PatchOutcome.Applied) ENGINE.update(once, patch, asDispatcher());

		assertThat(twice.changes()).isEmpty();
		assertThat(twice.notifications()).isEmpty();
		assertThat(twice.after()).isEqualTo(once);
	}

	// ---------------------------------------------------------------- the model
	// (independent of the engine)

	/** The job as plain canonical values: labels, codes, "0.00" amounts, key→val maps. */
	private static Map<String, Object> modelOf(JobValues job) {
		Map<String, Object> raw = job.toRaw();
		Map<String, Object> model = new HashMap<>();
		for (String field : MODELLED) {
			Object value = raw.get(field);
			if (value instanceof BigDecimal amount) {
				value = amount.setScale(2).toPlainString();
			}
			if (field.equals("custom_fields")) {
				Map<String, String> byKey = new HashMap<>();
				for (Object item : (List<?>) value) {
					Map<?, ?> pair = (Map<?, ?>) item;
					byKey.put((String) pair.get("key"), (String) pair.get("val"));
				}
				value = byKey;
			}
			model.put(field, value);
		}
		return model;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> applyToModel(Map<String, Object> before, Map<String, Object> patch) {
		Map<String, Object> model = new HashMap<>(before);
		for (Map.Entry<String, Object> e : patch.entrySet()) {
			Object v = e.getValue();
			switch (e.getKey()) {
				case "description", "scheduled_date", "started_at" ->
					model.put(e.getKey(), v == null || v.toString().isBlank() ? null : v);
				case "bid_type" -> model.put("bid_type", v == null ? null : v.toString().toLowerCase(Locale.ROOT));
				case "status" -> model.put("status", canonical(STATUSES, (String) v));
				case "priority" -> model.put("priority", canonical(PRIORITIES, (String) v));
				case "is_urgent" -> model.put("is_urgent", Boolean.valueOf(v.toString()));
				case "job_type" -> model.put("job_type", v.toString().toLowerCase(Locale.ROOT));
				case "service_state" ->
					model.put("service_state", v == null ? null : v.toString().toUpperCase(Locale.ROOT));
				case "estimated_amount" -> model.put("estimated_amount",
						v == null ? null : new BigDecimal(v.toString()).setScale(2).toPlainString());
				case "custom_fields" -> {
					Map<String, String> set = new HashMap<>();
					if (v != null) {
						((List<Map<String, Object>>) v)
							.forEach(f -> set.put((String) f.get("key"), (String) f.get("val")));
					}
					model.put("custom_fields", set);
				}
				case "external_data" -> model.put("external_data", modelExternalData(
						(Map<String, Map<String, String>>) model.get("external_data"), (Map<String, Object>) v));
				default -> model.put(e.getKey(), v);
			}
		}
		String oldStatus = (String) before.get("status");
		String newStatus = (String) model.get("status");
		String stamp = STAMPED.get(newStatus);
		if (!newStatus.equals(oldStatus) && stamp != null && !patch.containsKey(stamp) && model.get(stamp) == null) {
			model.put(stamp, NOW.toString());
		}
		return model;
	}

	private static String canonical(List<String> labels, String given) {
		return labels.stream()
			.filter(l -> l.equalsIgnoreCase(given) || l.replace(' ', '_').equalsIgnoreCase(given))
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, String>> modelExternalData(Map<String, Map<String, String>> current,
			Map<String, Object> update) {
		Map<String, Map<String, String>> result = new HashMap<>(current);
		String app = (String) update.get("application_guid");
		boolean merge = "merge".equalsIgnoreCase((String) update.get("patch_mode"));
		Map<String, String> keys = merge ? new HashMap<>(current.getOrDefault(app, Map.of())) : new HashMap<>();
		for (Map<String, Object> entry : (List<Map<String, Object>>) update.get("external_data")) {
			if (entry.get("value") == null) {
				keys.remove((String) entry.get("key"));
			}
			else {
				keys.put((String) entry.get("key"), (String) entry.get("value"));
			}
		}
		if (keys.isEmpty()) {
			result.remove(app);
		}
		else {
			result.put(app, keys);
		}
		return result;
	}

	// ---------------------------------------------------------------- generators

	@Provide
	Arbitrary<List<Map<String, Object>>> validPatchSequences() {
		return validPatches().list().ofMinSize(1).ofMaxSize(6);
	}

	@Provide
	Arbitrary<Map<String, Object>> validPatches() {
		return validEntry().list().ofMaxSize(6).map(JobPatchEngineProperties::toPatch);
	}

	@Provide
	Arbitrary<Map<String, Object>> invalidPatches() {
		return Combinators.combine(invalidEntry().list().ofMinSize(1).ofMaxSize(3), validEntry().list().ofMaxSize(3))
			.as((bad, good) -> {
				Map<String, Object> patch = toPatch(good);
				bad.forEach(e -> {
					patch.remove(e.getKey());
					patch.put(e.getKey(), e.getValue());
				});
				return patch;
			});
	}

	private static Map<String, Object> toPatch(List<SimpleEntry<String, Object>> entries) {
		Map<String, Object> patch = new LinkedHashMap<>();
		entries.forEach(e -> patch.put(e.getKey(), e.getValue()));
		return patch;
	}

	private static Arbitrary<SimpleEntry<String, Object>> entry(String field, Arbitrary<?> values) {
		return values.map(v -> new SimpleEntry<>(field, (Object) v));
	}

	private static Arbitrary<SimpleEntry<String, Object>> validEntry() {
		Arbitrary<String> statuses = Arbitraries.of(STATUSES)
			.flatMap(s -> Arbitraries.of(s, s.toLowerCase(Locale.ROOT), s.toUpperCase(Locale.ROOT).replace(' ', '_')));
		return Arbitraries.oneOf(List.of(
				entry("title",
						Arbitraries.strings()
							.alpha()
							.numeric()
							.withChars(' ')
							.ofMinLength(1)
							.ofMaxLength(30)
							.filter(s -> !s.isBlank())),
				entry("description", Arbitraries.of("Leaks", "", "Roof tiles loose").injectNull(0.3)),
				entry("status", statuses),
				entry("priority", Arbitraries.of(PRIORITIES).map(p -> p.toLowerCase(Locale.ROOT))),
				entry("is_urgent", Arbitraries.of(true, false, "true", "false")),
				entry("job_type", Arbitraries.of("r", "c", "d", "m", "R", "M")),
				entry("bid_type", Arbitraries.of("c", "i", "r", "f").injectNull(0.3)),
				entry("customer_uuid", Arbitraries.of(CUSTOMER.toString(), OTHER_CUSTOMER.toString())),
				entry("assigned_to_user_id", Arbitraries.of(ALICE.toString(), BOB.toString()).injectNull(0.3)),
				entry("service_state", Arbitraries.of("ny", "CA", "Tx").injectNull(0.2)),
				entry("estimated_amount",
						Arbitraries.longs()
							.between(0, 99_999_999)
							.flatMap(cents -> Arbitraries.of(BigDecimal.valueOf(cents, 2),
									BigDecimal.valueOf(cents, 2).toPlainString()))
							.injectNull(0.2)),
				entry("scheduled_date",
						Arbitraries.integers()
							.between(0, 400)
							.map(d -> LocalDate.of(2026, 1, 1).plusDays(d).toString())
							.injectNull(0.2)),
				entry("started_at", Arbitraries.of("2026-01-05T08:00:00Z").injectNull(0.5)),
				entry("custom_fields", customFields().injectNull(0.2)), entry("external_data", externalDataUpdates())));
	}

	private static Arbitrary<List<Map<String, Object>>> customFields() {
		Arbitrary<Map<String, Object>> po = Arbitraries.strings()
			.alpha()
			.ofMinLength(1)
			.ofMaxLength(8)
			.map(s -> Map.of("key", "PO_Number", "val", s));
		Arbitrary<Map<String, Object>> department = Arbitraries.of("Facilities", "Sales")
			.map(s -> Map.of("key", "Department", "val", s));
		return Combinators.combine(po.optional(), department.optional()).as((a, b) -> {
			List<Map<String, Object>> list = new java.util.ArrayList<>();
			a.ifPresent(list::add);
			b.ifPresent(list::add);
			return list;
		});
	}

	private static Arbitrary<Map<String, Object>> externalDataUpdates() {
		Arbitrary<Map<String, Object>> entry = Combinators
			.combine(Arbitraries.of("x", "y", "z"), Arbitraries.of("1", "2").injectNull(0.3))
			.as((k, v) -> {
				Map<String, Object> e = new HashMap<>();
				e.put("key", k);
				e.put("value", v);
				return e;
			});
		return Combinators
			.combine(Arbitraries.of(APP_A, APP_B), Arbitraries.of("Replace", "Merge", "merge"),
					entry.list().ofMaxSize(3).uniqueElements(e -> e.get("key")))
			.as((app, mode, entries) -> {
				List<Map<String, Object>> kept = mode.equalsIgnoreCase("merge") ? entries
						: entries.stream().filter(e -> e.get("value") != null).toList();
				return Map.of("application_guid", app, "patch_mode", mode, "external_data", kept);
			});
	}

	private static Arbitrary<SimpleEntry<String, Object>> invalidEntry() {
		return Arbitraries.oneOf(List.of(entry("colour", Arbitraries.of("red", "blue")),
				entry("worker_name", Arbitraries.just("Jane")),
				Arbitraries
					.of("title", "status", "priority", "customer_uuid", "job_type", "is_urgent", "is_emergency",
							"warranty_voided")
					.map(f -> new SimpleEntry<>(f, null)),
				entry("status", Arbitraries.of("Done", "Cancelled", "", "42")),
				entry("priority", Arbitraries.of("Urgent", "1")), entry("job_type", Arbitraries.of("x", "residential")),
				entry("estimated_amount", Arbitraries.of(-1, "-0.01", "1.234", "ten", "1e12")),
				entry("uuid", Arbitraries.just(CUSTOMER.toString())), entry("version", Arbitraries.of(1, 4)),
				entry("job_number", Arbitraries.just("JOB-000999")),
				entry("created_at", Arbitraries.just("2026-01-01T00:00:00Z")),
				entry("insurance_claim", Arbitraries.just("CLM-1")), entry("note", Arbitraries.just("hello")),
				entry("scheduled_time_start", Arbitraries.of("25:00", "9am", "12:60")),
				entry("service_state", Arbitraries.of("XYZ", "1A")),
				entry("title", Arbitraries.of("x".repeat(201), "   ")),
				entry("customer_uuid", Arbitraries.of("nope", "00000000-0000-0000-0000-0000000000f1")),
				entry("is_urgent", Arbitraries.of("maybe", 1)),
				entry("custom_fields", Arbitraries.just(List.of(Map.of("key", "Colour", "val", "red")))),
				entry("milestones", Arbitraries.just(Map.of("demolition", true))),
				entry("coordinates", Arbitraries.just(Map.of("lat", 100, "lng", 0)))));
	}

}
