package com.crewdesk.jobs.list;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link JobListRequest} from a query string, the way the browser would send it.
 */
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
		return JobListParameters.lenient(params);
	}

}
