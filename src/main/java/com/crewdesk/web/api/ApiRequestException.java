package com.crewdesk.web.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses before any service is called: a bad query parameter, body
 * shape or header.
 */
public class ApiRequestException extends RuntimeException {

	private final HttpStatus status;

	private final Map<String, List<String>> errors;

	public ApiRequestException(String field, String message) {
		this(HttpStatus.BAD_REQUEST, "Invalid " + field, Map.of(field, List.of(message)));
	}

	public ApiRequestException(HttpStatus status, String detail, Map<String, List<String>> errors) {
		super(detail);
		this.status = status;
		this.errors = errors;
	}

	public HttpStatus status() {
		return status;
	}

	public Map<String, List<String>> errors() {
		return errors;
	}

}
