package com.crewdesk.jobs.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link JobListRequest} from a query string, the way the browser would send it. */
final class ListUrls {

	private ListUrls() {
	}

	static JobListRequest request(String query) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
			String[] parts = pair.split("=", 2);
			params.computeIfAbsent(parts[0], k -> new ArrayList<>())
				.add(URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
		}
		return JobListRequest.from(new JobListForm(params.get("status"), one(params, "priority"), one(params, "assignee"),
				one(params, "customer"), one(params, "location"), one(params, "from"), one(params, "to"), one(params, "q"), one(params, "deleted"),
				one(params, "sort"), one(params, "dir"), one(params, "page"), one(params, "size")));
	}

	private static String one(Map<String, List<String>> params, String name) {
		List<String> values = params.get(name);
		return values == null ? null : values.get(0);
	}
}
