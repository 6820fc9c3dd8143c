package com.crewdesk.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that reach the servlet container's error dispatch (no route, wrong method, a
 * refused request): problem+json for every call under /api, whatever it accepts (P18);
 * Boot's error pages for the portal.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class CrewdeskErrorController extends BasicErrorController {

	private static final Logger log = LoggerFactory.getLogger(CrewdeskErrorController.class);

	private final ProblemWriter problems;

	CrewdeskErrorController(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers,
			ProblemWriter problems) {
		super(attributes, web.getError(), resolvers.orderedStream().toList());
		this.problems = problems;
	}

	@Override
	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (ClientErrors.isApi(request)) {
			writeProblem(request, response);
			return null;
		}
		return super.errorHtml(request, response);
	}

	@Override
	@RequestMapping
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (ClientErrors.isApi(request)) {
			HttpStatus status = getStatus(request);
			logRefused(request, status);
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemWriter.body(request, status, detail(status), errors(request)));
		}
		return super.error(request);
	}

	private static void logRefused(HttpServletRequest request, HttpStatus status) {
		if (status.is4xxClientError()) {
			log.info("Refused {} {}: {}", request.getMethod(),
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status.value());
		}
	}

	private void writeProblem(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = getStatus(request);
		logRefused(request, status);
		try {
			problems.write(request, response, status, detail(status), errors(request));
		}
		catch (IOException clientGone) {
			// nothing left to tell
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> errors(HttpServletRequest request) {
		return (Map<String, ?>) request.getAttribute(ClientErrors.MESSAGES);
	}

	static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is nothing at this address";
			case METHOD_NOT_ALLOWED -> "This address does not accept that method";
			case NOT_ACCEPTABLE -> "The API answers application/json (or application/problem+json) only";
			case UNSUPPORTED_MEDIA_TYPE -> "Send application/json";
			case PAYLOAD_TOO_LARGE -> "The body is too large";
			case BAD_REQUEST -> "The request could not be read";
			default ->
				status.is5xxServerError() ? "Something went wrong on our side; quote the traceId when reporting it"
						: status.getReasonPhrase();
		};
	}

}
