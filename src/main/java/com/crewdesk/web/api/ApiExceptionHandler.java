package com.crewdesk.web.api;

import com.crewdesk.jobs.BatchRejectedException;
import com.crewdesk.jobs.JobNotFoundException;
import com.crewdesk.jobs.PatchRejectedException;
import com.crewdesk.jobs.StaleJobException;
import com.crewdesk.jobs.list.InvalidListParameter;
import com.crewdesk.web.BadValueBackstop;
import com.crewdesk.web.RequestSizeLimit;
import com.crewdesk.web.ViolationStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every failure of an API call into application/problem+json (P18); never a stack
 * trace.
 */
@RestControllerAdvice(annotations = JsonApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(JobNotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(HttpServletRequest request) {
		return ApiResponses.problem(request, HttpStatus.NOT_FOUND, "Job not found", null);
	}

	@ExceptionHandler(PatchRejectedException.class)
	ResponseEntity<Map<String, Object>> rejected(PatchRejectedException ex, HttpServletRequest request) {
		boolean forbidden = ex.violations().forbidden();
		return ApiResponses.problem(request, ViolationStatus.of(ex.violations()),
				forbidden ? "You may not make this change" : "The request has invalid fields",
				ex.violations().byField());
	}

	@ExceptionHandler(StaleJobException.class)
	ResponseEntity<Map<String, Object>> stale(StaleJobException ex, HttpServletRequest request) {
		ResponseEntity<Map<String, Object>> problem = ApiResponses.problem(request, ViolationStatus.staleForApi(),
				"The job was changed since the version you sent (If-Match); nothing was written",
				Map.of("version", List.of("is " + ex.current().version() + " now")));
		return ResponseEntity.status(problem.getStatusCode())
			.headers(problem.getHeaders())
			.header(HttpHeaders.ETAG, ex.current().etag())
			.body(problem.getBody());
	}

	@ExceptionHandler(BatchRejectedException.class)
	ResponseEntity<Map<String, Object>> batchRejected(BatchRejectedException ex, HttpServletRequest request) {
		Map<String, List<String>> flat = new LinkedHashMap<>();
		ex.errors()
			.forEach((job, fields) -> fields.forEach((field, messages) -> flat.put(job + "." + field, messages)));
		ResponseEntity<Map<String, Object>> problem = ApiResponses.problem(request, ViolationStatus.of(ex.forbidden()),
				ex.errors().size() + " job(s) cannot be changed; nothing was written", flat);
		problem.getBody().put("jobs", ex.errors());
		return problem;
	}

	@ExceptionHandler(InvalidListParameter.class)
	ResponseEntity<Map<String, Object>> badListParameter(InvalidListParameter ex, HttpServletRequest request) {
		return badRequest(new ApiRequestException(ex.parameter(), ex.getMessage()), request);
	}

	@ExceptionHandler(ApiRequestException.class)
	ResponseEntity<Map<String, Object>> badRequest(ApiRequestException ex, HttpServletRequest request) {
		return ApiResponses.problem(request, ex.status(), ex.getMessage(), ex.errors());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpServletRequest request) {
		if (RequestSizeLimit.exceeded(request)) {
			return ApiResponses.problem(request, HttpStatus.PAYLOAD_TOO_LARGE, "The body is too large",
					Map.of("body", List.of(RequestSizeLimit.describedLimit(request))));
		}
		return ApiResponses.problem(request, HttpStatus.BAD_REQUEST, "The body is not a valid JSON object",
				Map.of("body", List.of("must be a JSON object")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException ex,
			HttpServletRequest request) {
		return ApiResponses.problem(request, HttpStatus.BAD_REQUEST, "Invalid parameter " + ex.getName(),
				Map.of(ex.getName(), List.of("is not a valid value")));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException ex,
			HttpServletRequest request) {
		return ApiResponses.problem(request, HttpStatus.BAD_REQUEST, "Missing parameter " + ex.getParameterName(),
				Map.of(ex.getParameterName(), List.of("is required")));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, Object>> mediaType(HttpServletRequest request) {
		return ApiResponses.problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send application/json", null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<Map<String, Object>> method(HttpServletRequest request) {
		return ApiResponses.problem(request, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed here", null);
	}

	/**
	 * The answer's content type is preset, so it is written whatever the request accepts.
	 */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Map<String, Object>> notAcceptable(HttpServletRequest request) {
		return ApiResponses.problem(request, HttpStatus.NOT_ACCEPTABLE,
				"The API answers application/json (or application/problem+json) only",
				Map.of("Accept", List.of("must accept application/json")));
	}

	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<Map<String, Object>> rejectedByFirewall(HttpServletRequest request) {
		return ApiResponses.problem(request, HttpStatus.BAD_REQUEST,
				"The request holds characters that are not allowed", null);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, Object>> unexpected(Exception ex, HttpServletRequest request) {
		if (BadValueBackstop.isBadValue(ex)) {
			log.warn("Value refused by the database in API call {} {}: {}", request.getMethod(),
					request.getRequestURI(),
					org.springframework.core.NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			return ApiResponses.problem(request, HttpStatus.BAD_REQUEST, "A value in the request cannot be stored",
					null);
		}
		log.error("Unexpected error in API call {} {}", request.getMethod(), request.getRequestURI(), ex);
		return ApiResponses.problem(request, HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; quote the traceId when reporting it", null);
	}

}
