package com.crewdesk.jobs.api;

import static com.crewdesk.web.api.ApiResponses.success;

import com.crewdesk.jobs.JobService;
import com.crewdesk.jobs.api.JobRepresentation;
import com.crewdesk.jobs.list.JobListPage;
import com.crewdesk.jobs.list.JobListParameters;
import com.crewdesk.jobs.list.JobListQuery;
import com.crewdesk.jobs.list.JobListRequest;
import com.crewdesk.jobs.list.JobListRow;
import com.crewdesk.jobs.list.JobListScope;
import com.crewdesk.security.ApiCaller;
import com.crewdesk.security.Caller;
import com.crewdesk.web.api.JsonApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/jobs: the list of SPEC §3 for integrations, on the same query layer as the
 * jobs page. Unlike the page, which forgives bad values with a notice, the API answers
 * any unusable parameter with a 400 naming it.
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
	Map<String, Object> list(@AuthenticationPrincipal ApiCaller api,
			@RequestParam MultiValueMap<String, String> params) {
		JobListRequest request = JobListParameters.strict(params);
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

}
