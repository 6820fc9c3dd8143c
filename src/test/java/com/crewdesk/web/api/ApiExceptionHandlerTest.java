package com.crewdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.jobs.BatchRejectedException;
import com.crewdesk.jobs.PatchRejectedException;
import com.crewdesk.jobs.StaleJobException;
import com.crewdesk.jobs.StoredJob;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobValues;
import com.crewdesk.patch.Violations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * P18 at unit level: every refusal answers application/problem+json with the status of
 * ViolationStatus.
 */
class ApiExceptionHandlerTest {

	final ApiExceptionHandler handler = new ApiExceptionHandler();

	final MockHttpServletRequest request = new MockHttpServletRequest("PATCH", "/api/v1/jobs/x");

	@Test
	void anInvalidPatchIsProblemJsonNamingTheField() {
		ResponseEntity<Map<String, Object>> answer = handler
			.rejected(new PatchRejectedException(Violations.of("status", "is not a status")), request);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody()).containsKeys("type", "title", "status", "detail", "traceId")
			.containsEntry("status", 400)
			.containsEntry("errors", Map.of("status", List.of("is not a status")));
	}

	@Test
	void aForbiddenPatchIs403() {
		ResponseEntity<Map<String, Object>> answer = handler
			.rejected(new PatchRejectedException(Violations.forbidden("title", "you may not change it")), request);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aStaleIfMatchIs412WithTheCurrentETag() {
		StoredJob current = new StoredJob(1, 7,
				JobValues.empty().with(JobField.JOB_NUMBER, "JOB-000001").with(JobField.VERSION, 4L));

		ResponseEntity<Map<String, Object>> answer = handler.stale(new StaleJobException(current), request);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.ETAG)).isEqualTo("\"4\"");
		assertThat(answer.getBody()).containsEntry("errors", Map.of("version", List.of("is 4 now")));
	}

	@Test
	void aRejectedBatchNamesEachJobAndFieldWithTheSameStatus() {
		Map<String, Map<String, List<String>>> errors = Map.of("job-1", Map.of("status", List.of("is not a status")));

		ResponseEntity<Map<String, Object>> answer = handler.batchRejected(new BatchRejectedException(errors, false),
				request);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).containsEntry("errors", Map.of("job-1.status", List.of("is not a status")))
			.containsEntry("jobs", errors);
	}

}
