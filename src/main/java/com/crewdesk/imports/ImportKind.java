package com.crewdesk.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a file holds, and the fields its columns can be mapped to (besides the company's
 * custom fields, {@code custom:<key>}).
 */
public enum ImportKind {

	CUSTOMERS("customers",
			List.of("first_name", "last_name", "company_name", "customer_type", "email", "phone", "street", "unit",
					"city", "state", "zip", "country", "latitude", "longitude", "do_not_mail", "do_not_service",
					"active", "tags", "external_id"),
			Map.ofEntries(Map.entry("first", "first_name"), Map.entry("given_name", "first_name"),
					Map.entry("forename", "first_name"), Map.entry("last", "last_name"),
					Map.entry("surname", "last_name"), Map.entry("family_name", "last_name"),
					Map.entry("company", "company_name"), Map.entry("organisation", "company_name"),
					Map.entry("organization", "company_name"), Map.entry("business_name", "company_name"),
					Map.entry("type", "customer_type"), Map.entry("e_mail", "email"),
					Map.entry("email_address", "email"), Map.entry("mail", "email"), Map.entry("phone_number", "phone"),
					Map.entry("telephone", "phone"), Map.entry("mobile", "phone"), Map.entry("tel", "phone"),
					Map.entry("address", "street"), Map.entry("street_address", "street"),
					Map.entry("address1", "street"), Map.entry("address_1", "street"), Map.entry("address2", "unit"),
					Map.entry("address_2", "unit"), Map.entry("apt", "unit"), Map.entry("suite", "unit"),
					Map.entry("town", "city"), Map.entry("province", "state"), Map.entry("region", "state"),
					Map.entry("zip_code", "zip"), Map.entry("zipcode", "zip"), Map.entry("postal_code", "zip"),
					Map.entry("postcode", "zip"), Map.entry("lat", "latitude"), Map.entry("lng", "longitude"),
					Map.entry("lon", "longitude"), Map.entry("id", "external_id"),
					Map.entry("customer_id", "external_id"), Map.entry("external_ref", "external_id"),
					Map.entry("tag", "tags"))),

	JOBS("jobs",
			List.of("title", "description", "status", "priority", "job_type", "bid_type", "is_urgent", "is_emergency",
					"scheduled_date", "scheduled_time_start", "scheduled_time_end", "estimated_amount", "actual_amount",
					"service_address1", "service_address2", "service_city", "service_state", "service_zip",
					"internal_notes", "customer_notes", "external_id", "customer_external_id", "customer_email",
					"customer_first_name", "customer_last_name", "customer_company_name", "customer_street",
					"customer_city", "customer_state", "customer_zip", "technician_email"),
			Map.ofEntries(Map.entry("name", "title"), Map.entry("job", "title"), Map.entry("job_title", "title"),
					Map.entry("summary", "title"), Map.entry("type", "job_type"), Map.entry("date", "scheduled_date"),
					Map.entry("scheduled", "scheduled_date"), Map.entry("start", "scheduled_time_start"),
					Map.entry("end", "scheduled_time_end"), Map.entry("estimate", "estimated_amount"),
					Map.entry("amount", "estimated_amount"), Map.entry("address", "service_address1"),
					Map.entry("street", "service_address1"), Map.entry("city", "service_city"),
					Map.entry("state", "service_state"), Map.entry("zip", "service_zip"),
					Map.entry("notes", "internal_notes"), Map.entry("id", "external_id"),
					Map.entry("job_id", "external_id"), Map.entry("customer_id", "customer_external_id"),
					Map.entry("customer_e_mail", "customer_email"), Map.entry("email", "customer_email"),
					Map.entry("first_name", "customer_first_name"), Map.entry("last_name", "customer_last_name"),
					Map.entry("company_name", "customer_company_name"), Map.entry("customer", "customer_company_name"),
					Map.entry("technician", "technician_email"), Map.entry("assignee", "technician_email"),
					Map.entry("assigned_to", "technician_email"), Map.entry("worker", "technician_email")));

	/** Prefix of a custom field target: {@code custom:<key>}. */
	public static final String CUSTOM = "custom:";

	private final String code;

	private final List<String> targets;

	private final Map<String, String> synonyms;

	ImportKind(String code, List<String> targets, Map<String, String> synonyms) {
		this.code = code;
		this.targets = targets;
		this.synonyms = synonyms;
	}

	public String code() {
		return code;
	}

	/** Where the imported records are listed. */
	public String listPath() {
		return "/" + code;
	}

	/** The fixed targets, in the order offered to the user. */
	public List<String> targets() {
		return targets;
	}

	public static Optional<ImportKind> of(String code) {
		for (ImportKind kind : values()) {
			if (kind.code.equals(code)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	/**
	 * The field a column header most likely means ("First Name", "first_name",
	 * "FirstName" → first_name), a custom field by its key or label, or empty (ignored).
	 */
	public Optional<String> guess(String header, List<String> customKeys, Map<String, String> customLabels) {
		String name = normalise(header);
		if (name.isEmpty()) {
			return Optional.empty();
		}
		if (targets.contains(name)) {
			return Optional.of(name);
		}
		if (synonyms.containsKey(name)) {
			return Optional.of(synonyms.get(name));
		}
		for (String key : customKeys) {
			if (normalise(key).equals(name) || normalise(customLabels.getOrDefault(key, "")).equals(name)) {
				return Optional.of(CUSTOM + key);
			}
		}
		String squeezed = name.replace("_", "");
		return targets.stream().filter(target -> target.replace("_", "").equals(squeezed)).findFirst();
	}

	/** snake_case of a header: "FirstName", "First Name", "first-name" → first_name. */
	static String normalise(String header) {
		String text = header.strip().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
		return text.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
	}

}
