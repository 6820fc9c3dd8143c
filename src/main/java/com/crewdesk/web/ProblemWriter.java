package com.crewdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 7807 bodies (type, title, status, detail, traceId, errors {field:
 * [messages]}) for the API, both from controllers and from the security filters that run
 * before any controller.
 */
@Component
public class ProblemWriter {

	private final JsonMapper json;

	ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The problem document as an ordered map (serialised as-is, whatever Jackson mix-ins
	 * are around).
	 */
	public static Map<String, Object> body(HttpServletRequest request, HttpStatus status, String detail,
			Map<String, ?> errors) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "/problems/" + status.value());
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("traceId", TraceIds.of(request));
		if (errors != null && !errors.isEmpty()) {
			body.put("errors", new LinkedHashMap<>(errors));
		}
		return body;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		write(request, response, status, detail, null);
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
			Map<String, ?> errors) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), body(request, status, detail, errors));
	}

}
