package com.crewdesk.customers.api;

import com.crewdesk.customers.CustomerNotFoundException;
import com.crewdesk.customers.list.CustomerFilter;
import com.crewdesk.customers.list.CustomerSort;
import com.crewdesk.patch.CustomerType;
import com.crewdesk.web.api.ApiRequestException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Strict parsing of the customers API's query parameters: a bad value is a 400 naming the
 * parameter.
 */
final class CustomerApiParameters {

	static final Set<String> LIST_PARAMETERS = Set.of("search", "type", "active", "do_not_service", "tag",
			"include_deleted", "page", "limit", "sort");

	private CustomerApiParameters() {
	}

	static CustomerFilter filter(Map<String, String> query) {
		query.keySet().stream().filter(name -> !LIST_PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
			throw new ApiRequestException(name, "is not a known parameter; use one of " + LIST_PARAMETERS);
		});
		CustomerType type = query.containsKey("type") ? CustomerType.fromLabel(query.get("type"))
			.orElseThrow(() -> new ApiRequestException("type", "must be Residential or Commercial")) : null;
		CustomerSort sort = CustomerSort.byCode(query.getOrDefault("sort", "name"))
			.orElseThrow(() -> new ApiRequestException("sort", "must be one of name, -name, created_at, -created_at"));
		return new CustomerFilter(query.get("search"), type, bool(query, "active"), bool(query, "do_not_service"),
				query.get("tag"), Boolean.TRUE.equals(bool(query, "include_deleted")), sort,
				positive("page", query.getOrDefault("page", "1"), Integer.MAX_VALUE),
				positive("limit", query.getOrDefault("limit", "50"), 100));
	}

	static int positive(String name, String raw, int max) {
		try {
			int value = Integer.parseInt(raw.trim());
			if (value < 1 || value > max) {
				throw new ApiRequestException(name, "must be between 1 and " + max);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new ApiRequestException(name, "must be a whole number");
		}
	}

	private static Boolean bool(Map<String, String> query, String name) {
		String raw = query.get(name);
		if (raw == null) {
			return null;
		}
		if (raw.trim().equalsIgnoreCase("true")) {
			return true;
		}
		if (raw.trim().equalsIgnoreCase("false")) {
			return false;
		}
		throw new ApiRequestException(name, "must be true or false");
	}

	static UUID id(String raw) {
		try {
			return UUID.fromString(raw);
		}
		catch (IllegalArgumentException ex) {
			throw new CustomerNotFoundException(raw);
		}
	}

	/** If-Match: "7", W/"7" or 7; "*" means any version. */
	static Long expectedVersion(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
			return null;
		}
		try {
			return Long.parseLong(ifMatch.trim().replaceFirst("^W/", "").replace("\"", ""));
		}
		catch (NumberFormatException ex) {
			throw new ApiRequestException("If-Match", "must be an ETag this API sent, like \"3\"");
		}
	}

}
