package com.crewdesk.customers.api;

import com.crewdesk.customers.CustomerHasOpenJobsException;
import com.crewdesk.customers.CustomerNotFoundException;
import com.crewdesk.customers.StaleCustomerException;
import com.crewdesk.web.ViolationStatus;
import com.crewdesk.web.api.ApiResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The customer-specific problems of the API (problem+json like every other API error).
 */
@RestControllerAdvice(assignableTypes = { CustomerApiController.class, CustomerLocationApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustomerApiProblems {

	@ExceptionHandler(CustomerNotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(HttpServletRequest request) {
		return ApiResponses.problem(request, HttpStatus.NOT_FOUND, "Customer not found", null);
	}

	@ExceptionHandler(StaleCustomerException.class)
	ResponseEntity<Map<String, Object>> stale(StaleCustomerException ex, HttpServletRequest request) {
		ResponseEntity<Map<String, Object>> problem = ApiResponses.problem(request, ViolationStatus.staleForApi(),
				"The customer was changed since the version you sent (If-Match); nothing was written",
				Map.of("version", List.of("is " + ex.current().version() + " now")));
		return ResponseEntity.status(problem.getStatusCode())
			.headers(problem.getHeaders())
			.header(HttpHeaders.ETAG, ex.current().etag())
			.body(problem.getBody());
	}

	@ExceptionHandler(CustomerHasOpenJobsException.class)
	ResponseEntity<Map<String, Object>> openJobs(CustomerHasOpenJobsException ex, HttpServletRequest request) {
		ResponseEntity<Map<String, Object>> problem = ApiResponses.problem(request, HttpStatus.CONFLICT,
				ex.getMessage(), Map.of("customer", List.of(ex.getMessage())));
		problem.getBody().put("data", Map.of("open_jobs", ex.openJobs(), "jobs_link", ex.jobsLink()));
		return problem;
	}

}
