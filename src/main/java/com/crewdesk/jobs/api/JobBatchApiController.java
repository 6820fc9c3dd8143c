package com.crewdesk.jobs.api;

import static com.crewdesk.web.api.ApiResponses.success;

import com.crewdesk.jobs.BackgroundBatch;
import com.crewdesk.jobs.BatchResult;
import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.JobBatchRunner;
import com.crewdesk.jobs.JobBatchService;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Batch edit (seed 002 editjobs, seed 004 async): {"data": {"jobs": {"<uuid>": {patch},
 * …}, "notify": bool}}. Up to 1,000 jobs run in the request; more, or ?async=true, run in
 * the background (202 + status URL).
 */
@RestController
@JsonApi
@RequestMapping("/api/v1/jobs")
class JobBatchApiController {

	private final JobBatchService batches;

	private final JobBatchRunner runner;

	JobBatchApiController(JobBatchService batches, JobBatchRunner runner) {
		this.batches = batches;
		this.runner = runner;
	}

	@PostMapping("/batch")
	ResponseEntity<Map<String, Object>> batch(@AuthenticationPrincipal ApiCaller api,
			@RequestParam(defaultValue = "false") String async, @RequestBody Map<String, Object> body) {
		Caller caller = Caller.of(api);
		BatchRequest request = BatchRequest.parse(body);
		if (JobBatchService.runsInBackground(request.patches().size(), ApiParameters.bool("async", async))) {
			UUID id = runner.submit(caller, request.patches(), request.notifyTechnicians(), Channel.API, Map.of());
			return ResponseEntity.accepted()
				.location(URI.create("/api/v1/jobs/batches/" + id))
				.body(success(status(runner.find(caller.companyId(), id).orElseThrow())));
		}
		BatchResult result = batches.apply(caller, request.patches(), request.notifyTechnicians(), Channel.API,
				Map.of());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("changed", result.changed().size());
		data.put("unchanged", result.unchanged().size());
		data.put("changed_jobs", result.changed());
		data.put("unchanged_jobs", result.unchanged());
		return ResponseEntity.ok(success(data));
	}

	@GetMapping("/batches/{id}")
	Map<String, Object> batchStatus(@AuthenticationPrincipal ApiCaller api, @PathVariable String id) {
		UUID batchId;
		try {
			batchId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw notFound();
		}
		return success(status(runner.find(api.companyId(), batchId).orElseThrow(JobBatchApiController::notFound)));
	}

	private static ApiRequestException notFound() {
		return new ApiRequestException(HttpStatus.NOT_FOUND, "Batch not found", null);
	}

	private static Map<String, Object> status(BackgroundBatch batch) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", batch.id());
		data.put("state", batch.state());
		data.put("total", batch.total());
		data.put("done", batch.done());
		data.put("summary", batch.summary());
		data.put("errors", batch.errors());
		data.put("created_at", batch.createdAt().toString());
		data.put("finished_at", batch.finishedAt() == null ? null : batch.finishedAt().toString());
		return data;
	}

	/** The parsed body: one patch per job uuid, and whether technicians are notified. */
	record BatchRequest(Map<UUID, Patch> patches, boolean notifyTechnicians) {

		@SuppressWarnings("unchecked")
		static BatchRequest parse(Map<String, Object> body) {
			if (!(body.get("data") instanceof Map<?, ?> data)) {
				throw new ApiRequestException("data", "must be an object holding \"jobs\"");
			}
			if (!(data.get("jobs") instanceof Map<?, ?> jobs) || jobs.isEmpty()) {
				throw new ApiRequestException("data.jobs", "must be a non-empty object of job uuid → patch");
			}
			Object notify = data.containsKey("notify") ? data.get("notify") : Boolean.TRUE;
			if (!(notify instanceof Boolean notifyTechnicians)) {
				throw new ApiRequestException("data.notify", "must be true or false");
			}
			Map<UUID, Patch> patches = new LinkedHashMap<>();
			Map<String, List<String>> errors = new LinkedHashMap<>();
			jobs.forEach((key, value) -> {
				try {
					UUID id = UUID.fromString(String.valueOf(key));
					if (value instanceof Map<?, ?> patch) {
						patches.put(id, Patch.of((Map<String, Object>) patch));
					}
					else {
						errors.put("data.jobs." + key, List.of("must be an object (the patch)"));
					}
				}
				catch (IllegalArgumentException ex) {
					errors.put("data.jobs." + key, List.of("is not a job uuid"));
				}
			});
			if (!errors.isEmpty()) {
				throw new ApiRequestException(HttpStatus.BAD_REQUEST, "The batch has invalid entries", errors);
			}
			return new BatchRequest(patches, notifyTechnicians);
		}
	}

}
