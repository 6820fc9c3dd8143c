package com.crewdesk.jobs.api;

import static com.crewdesk.web.api.ApiResponses.success;

import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.JobHistoryQueries;
import com.crewdesk.jobs.JobNotFoundException;
import com.crewdesk.jobs.JobService;
import com.crewdesk.jobs.StoredJob;
import com.crewdesk.patch.Patch;
import com.crewdesk.security.ApiCaller;
import com.crewdesk.security.Caller;
import com.crewdesk.web.api.ApiRequestException;
import com.crewdesk.web.api.JsonApi;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The jobs part of the JSON API (SPEC §5). Translates HTTP to JobService calls and back;
 * decides no rule.
 */
@RestController
@JsonApi
@RequestMapping("/api/v1/jobs")
class JobApiController {

	private final JobService jobs;

	private final JobRepresentation representation;

	private final JobHistoryQueries history;

	JobApiController(JobService jobs, JobRepresentation representation, JobHistoryQueries history) {
		this.jobs = jobs;
		this.representation = representation;
		this.history = history;
	}

	@GetMapping("/{uuid}")
	ResponseEntity<Map<String, Object>> get(@AuthenticationPrincipal ApiCaller api, @PathVariable String uuid) {
		return withEtag(jobs.get(Caller.of(api), jobId(uuid)));
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(@AuthenticationPrincipal ApiCaller api,
			@RequestBody Map<String, Object> body) {
		StoredJob job = jobs.create(Caller.of(api), Patch.of(body), Channel.API);
		return ResponseEntity.created(URI.create("/api/v1/jobs/" + job.uuid()))
			.eTag(job.etag())
			.body(success(representation.of(job)));
	}

	@RequestMapping(path = "/{uuid}", method = { RequestMethod.PUT, RequestMethod.PATCH })
	ResponseEntity<Map<String, Object>> update(@AuthenticationPrincipal ApiCaller api, @PathVariable String uuid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody Map<String, Object> body) {
		return withEtag(
				jobs.update(Caller.of(api), jobId(uuid), Patch.of(body), expectedVersion(ifMatch), Channel.API));
	}

	@DeleteMapping("/{uuid}")
	ResponseEntity<Map<String, Object>> delete(@AuthenticationPrincipal ApiCaller api, @PathVariable String uuid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return withEtag(jobs.softDelete(Caller.of(api), jobId(uuid), expectedVersion(ifMatch)));
	}

	@PostMapping("/{uuid}/restore")
	ResponseEntity<Map<String, Object>> restore(@AuthenticationPrincipal ApiCaller api, @PathVariable String uuid) {
		return withEtag(jobs.restore(Caller.of(api), jobId(uuid)));
	}

	@GetMapping("/{uuid}/history")
	Map<String, Object> history(@AuthenticationPrincipal ApiCaller api, @PathVariable String uuid,
			@RequestParam(defaultValue = "1") String page, @RequestParam(defaultValue = "50") String limit) {
		Caller caller = Caller.of(api);
		StoredJob job = jobs.get(caller, jobId(uuid));
		int pageNumber = ApiParameters.positive("page", page, Integer.MAX_VALUE);
		int pageSize = ApiParameters.positive("limit", limit, 100);
		List<Map<String, Object>> entries = history.page(caller.companyId(), job.id(), pageSize, pageNumber);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("history", entries);
		data.put("pagination", Map.of("page", pageNumber, "limit", pageSize));
		return success(data);
	}

	private ResponseEntity<Map<String, Object>> withEtag(StoredJob job) {
		return ResponseEntity.ok().eTag(job.etag()).body(success(representation.of(job)));
	}

	static UUID jobId(String raw) {
		try {
			return UUID.fromString(raw);
		}
		catch (IllegalArgumentException ex) {
			throw new JobNotFoundException(raw);
		}
	}

	/** If-Match: "7", W/"7" or 7; "*" means any version. */
	static Long expectedVersion(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
			return null;
		}
		String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new ApiRequestException("If-Match", "must be an ETag this API sent, like \"3\"");
		}
	}

}
