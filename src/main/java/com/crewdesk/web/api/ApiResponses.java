package com.crewdesk.web.api;

import com.crewdesk.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The envelopes of the API: {"success": true, "data": …} and RFC 7807 problems. */
public final class ApiResponses {

	private ApiResponses() {
	}

	public static Map<String, Object> success(Object data) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("success", true);
		body.put("data", data);
		return body;
	}

	public static ResponseEntity<Map<String, Object>> problem(HttpServletRequest request, HttpStatus status,
			String detail, Map<String, ?> errors) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemWriter.body(request, status, detail, errors));
	}

}
