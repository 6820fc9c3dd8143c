package com.crewdesk.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Answers a request refused before any controller ran (a bad parameter, a body too
 * large): problem+json under {@code /api}, the error page of that status elsewhere, with
 * the reasons by field. Logs one line, no stack trace.
 */
@Component
public class ClientErrors {

	/** The request attribute that carries the reasons by field to the error page. */
	public static final String MESSAGES = ClientErrors.class.getName() + ".messages";

	private static final Logger log = LoggerFactory.getLogger(ClientErrors.class);

	private final ProblemWriter problems;

	ClientErrors(ProblemWriter problems) {
		this.problems = problems;
	}

	/**
	 * True for a call under /api, also while its error is rendered (the error dispatch
	 * keeps the original path).
	 */
	public static boolean isApi(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = original != null ? original.toString() : request.getRequestURI();
		return path != null && (path.equals("/api") || path.startsWith("/api/"));
	}

	public void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
			Map<String, List<String>> errors) throws IOException {
		log.info("Refused {} {}: {} {} {}", request.getMethod(), request.getRequestURI(), status.value(), detail,
				errors.keySet());
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		if (isApi(request)) {
			problems.write(request, response, status, detail, errors);
		}
		else {
			request.setAttribute(MESSAGES, errors);
			response.sendError(status.value());
		}
	}

}
