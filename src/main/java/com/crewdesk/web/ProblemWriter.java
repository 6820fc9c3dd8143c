package com.crewdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 7807 bodies (type, title, status, detail, traceId, errors {field: [messages]}) for the API,
 * both from controllers and from the security filters that run before any controller.
 */
@Component
public class ProblemWriter {

	private final JsonMapper json;

	ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	public static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String detail,
			Map<String, List<String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		problem.setType(java.net.URI.create("/problems/" + status.value()));
		problem.setProperty("traceId", TraceIds.of(request));
		if (errors != null && !errors.isEmpty()) {
			problem.setProperty("errors", new LinkedHashMap<>(errors));
		}
		return problem;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		ProblemDetail problem = problem(request, status, detail, null);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.putAll(problem.getProperties());
		json.writeValue(response.getOutputStream(), body);
	}
}
