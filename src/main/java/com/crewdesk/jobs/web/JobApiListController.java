package com.crewdesk.jobs.web;

import static com.crewdesk.web.api.ApiResponses.success;

import com.crewdesk.security.Caller;
import com.crewdesk.patch.JobPriority;
import com.crewdesk.jobs.JobService;
import com.crewdesk.patch.JobStatus;
import com.crewdesk.jobs.api.JobRepresentation;
import com.crewdesk.security.ApiCaller;
import com.crewdesk.web.api.ApiRequestException;
import com.crewdesk.web.api.JsonApi;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/jobs: the list of SPEC §3 for integrations, on the same query layer as the jobs page. Unlike the
 * page, which forgives bad values with a notice, the API answers any unusable parameter with a 400 naming it.
 */
@RestController
@JsonApi
class JobApiListController {

	private final JobListQuery query;
	private final JobService jobs;
	private final JobRepresentation representation;

	JobApiListController(JobListQuery query, JobService jobs, JobRepresentation representation) {
		this.query = query;
		this.jobs = jobs;
		this.representation = representation;
	}

	@GetMapping("/api/v1/jobs")
	Map<String, Object> list(@AuthenticationPrincipal ApiCaller api, @RequestParam Map<String, String> params) {
		JobListRequest request = request(params);
		Caller caller = Caller.of(api);
		JobListPage page = query.page(new JobListScope(api.companyId(), null), request);
		List<UUID> ids = page.rows().stream().map(JobListRow::uuid).toList();
		Map<String, Object> pagination = new LinkedHashMap<>();
		pagination.put("page", request.page());
		pagination.put("limit", request.size());
		pagination.put("total", page.total().value());
		pagination.put("total_pages", page.total().pages(request.size()));
		pagination.put("total_is_exact", !page.total().capped());
		pagination.put("has_next", page.hasNext());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("jobs", representation.of(jobs.getAll(caller, ids)));
		data.put("pagination", pagination);
		return success(data);
	}

	private static final List<String> KNOWN = List.of("status", "priority", "assigned_to_user_id", "customer_uuid",
			"location_uuid", "search", "include_deleted", "page", "limit", "sort", "scheduled_from", "scheduled_to");

	static JobListRequest request(Map<String, String> params) {
		for (String name : params.keySet()) {
			if (!KNOWN.contains(name)) {
				throw new ApiRequestException(name, "is not a known parameter; use one of " + String.join(", ", KNOWN));
			}
		}
		String assignee = blankToNull(params.get("assigned_to_user_id"));
		boolean unassigned = "unassigned".equalsIgnoreCase(assignee) || "".equals(params.get("assigned_to_user_id"));
		JobFilter filter = new JobFilter(statuses(params.get("status")), priority(params.get("priority")),
				unassigned ? null : uuid("assigned_to_user_id", assignee), unassigned,
				uuid("customer_uuid", blankToNull(params.get("customer_uuid"))),
				uuid("location_uuid", blankToNull(params.get("location_uuid"))), date("scheduled_from", params.get("scheduled_from")),
				date("scheduled_to", params.get("scheduled_to")), search(params.get("search")),
				bool("include_deleted", params.getOrDefault("include_deleted", "false")));
		String sortParam = blankToNull(params.get("sort"));
		JobSort sort = JobSort.DEFAULT;
		JobSort.Direction direction = JobSort.DEFAULT.defaultDirection();
		if (sortParam != null) {
			boolean descending = sortParam.startsWith("-");
			sort = JobSort.fromParam(descending ? sortParam.substring(1) : sortParam)
				.orElseThrow(() -> new ApiRequestException("sort", "must be one of number, title, customer, status, "
						+ "priority, assignee, scheduled, amount, updated (prefix - for descending)"));
			direction = descending ? JobSort.Direction.DESC : JobSort.Direction.ASC;
		}
		return new JobListRequest(filter, sort, direction, number("page", params.getOrDefault("page", "1"), JobListRequest.MAX_PAGE),
				number("limit", params.getOrDefault("limit", "50"), 100), List.of());
	}

	private static List<JobStatus> statuses(String raw) {
		List<JobStatus> statuses = new ArrayList<>();
		if (blankToNull(raw) == null) {
			return statuses;
		}
		for (String label : raw.split(",")) {
			statuses.add(JobStatus.fromLabel(label.trim()).orElseThrow(() -> new ApiRequestException("status",
					"\"" + label.trim() + "\" is not a status; use New, Contacted, Scheduled, In Progress, Needs Approval, "
							+ "Ready to Invoice, Invoiced, Complete, Estimate Sent or Estimate Approved")));
		}
		return statuses;
	}

	private static JobPriority priority(String raw) {
		return blankToNull(raw) == null ? null : JobPriority.fromLabel(raw.trim())
			.orElseThrow(() -> new ApiRequestException("priority", "must be Low, Normal, High or Emergency"));
	}

	private static UUID uuid(String name, String raw) {
		try {
			return raw == null ? null : UUID.fromString(raw.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new ApiRequestException(name, "must be a UUID");
		}
	}

	private static LocalDate date(String name, String raw) {
		try {
			return blankToNull(raw) == null ? null : LocalDate.parse(raw.trim());
		}
		catch (DateTimeParseException ex) {
			throw new ApiRequestException(name, "must be a date (YYYY-MM-DD)");
		}
	}

	private static String search(String raw) {
		String text = blankToNull(raw);
		if (text != null && text.length() > JobListRequest.MAX_SEARCH_LENGTH) {
			throw new ApiRequestException("search", "must be at most " + JobListRequest.MAX_SEARCH_LENGTH + " characters");
		}
		return text == null ? null : text.trim();
	}

	private static boolean bool(String name, String raw) {
		if ("true".equalsIgnoreCase(raw.trim()) || "false".equalsIgnoreCase(raw.trim())) {
			return Boolean.parseBoolean(raw.trim());
		}
		throw new ApiRequestException(name, "must be true or false");
	}

	private static int number(String name, String raw, int max) {
		try {
			int value = Integer.parseInt(raw.trim());
			if (value >= 1 && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new ApiRequestException(name, "must be a whole number from 1 to " + max);
	}

	private static String blankToNull(String raw) {
		return raw == null || raw.isBlank() ? null : raw;
	}
}
