package com.crewdesk.jobs.web;

import com.crewdesk.web.DisplayFormats;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Template helpers of the job pages, used as
 * {@code ${@jobView.inputId('coordinates.lat')}}.
 */
@Component("jobView")
public class JobView {

	private final DisplayFormats formats;

	public JobView(DisplayFormats formats) {
		this.formats = formats;
	}

	/**
	 * A valid HTML id for an input name: "custom_fields[PO_Number]" →
	 * "f-custom_fields-PO_Number".
	 */
	public String inputId(String name) {
		return "f-" + name.replaceAll("[^A-Za-z0-9_]+", "-").replaceAll("-$", "");
	}

	public String errorId(String name) {
		return inputId(name) + "-error";
	}

	/** Labels of fields whose API name reads badly; the others follow the API name. */
	private static final Map<String, String> LABELS = Map.of("customer_uuid", "Customer", "location_uuid", "Location",
			"assigned_to_user_id", "Assigned to", "sales_rep_id", "Sales rep", "project_manager_id", "Project manager",
			"created", "Created");

	/** The channels of history entries as people say them. */
	private static final Map<String, String> CHANNELS = Map.of("ui", "Form (ui)", "inline", "List cell (inline)",
			"batch", "Batch edit (batch)", "api", "API (api)", "import", "CSV import (import)");

	/**
	 * A field's API name as a label: "scheduled_time_end" → "Scheduled time end",
	 * "assigned_to_user_id" → "Assigned to".
	 */
	public String label(String name) {
		if (LABELS.containsKey(name)) {
			return LABELS.get(name);
		}
		String words = name.replace("custom_fields[", "").replace("]", "").replace('.', ' ').replace('_', ' ');
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** A custom field's options as the choices of a select (value and label alike). */
	public List<JobPageOptions.Choice> choicesOf(List<String> options) {
		return options.stream().map(option -> new JobPageOptions.Choice(option, option)).toList();
	}

	/** A history channel's code as an option label. */
	public String channel(String code) {
		return CHANNELS.getOrDefault(code, code);
	}

	/**
	 * An ISO-8601 timestamp (as history rows carry it) in the portal's display format.
	 */
	public String when(Object iso) {
		return iso == null ? "" : formats.dateTime(java.time.Instant.parse(iso.toString()));
	}

	/**
	 * A history value (JSON-like) as a short text: "—" for nothing, key: value lists for
	 * objects.
	 */
	public String shown(Object raw) {
		if (raw == null || raw instanceof String s && s.isEmpty()) {
			return "—";
		}
		if (raw instanceof List<?> list) {
			return list.isEmpty() ? "—" : list.stream().map(this::shown).collect(Collectors.joining("; "));
		}
		if (raw instanceof Map<?, ?> map) {
			if (map.containsKey("key") && map.containsKey("val") && map.size() == 2) {
				return map.get("key") + ": " + map.get("val");
			}
			return map.isEmpty() ? "—" : map.entrySet()
				.stream()
				.map(e -> e.getKey() + ": " + (e.getValue() instanceof Map<?, ?> ? "done" : shown(e.getValue())))
				.collect(Collectors.joining(", "));
		}
		return raw.toString();
	}

}
