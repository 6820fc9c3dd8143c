package com.crewdesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400 naming the parameter, query strings and form bodies that the rest
 * of the app cannot read safely (P18): malformed %-escapes, bytes that are not UTF-8, NUL
 * characters in values, control characters in names. Runs before Spring Security and
 * every controller, so no parameter reaches a query, and the lenient decoders of Tomcat
 * and Spring never throw in the middle of a request.
 * <p>
 * POST form bodies are parsed by Tomcat (and checked through the parameters it found);
 * PUT, PATCH and DELETE form bodies are read here, checked, and handed on unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestParameterCheck extends OncePerRequestFilter {

	private final ClientErrors errors;

	RequestParameterCheck(ClientErrors errors) {
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest checked = request;
		Optional<ParameterText.Problem> problem = ParameterText.check(request.getQueryString());
		if (problem.isEmpty() && isFormBody(request) && !"POST".equals(request.getMethod())) {
			byte[] body = request.getInputStream().readAllBytes();
			problem = utf8(body).map(ParameterText::check)
				.orElse(Optional.of(new ParameterText.Problem("body", "is not UTF-8")));
			checked = new ReplayedBody(request, body);
		}
		if (problem.isEmpty()) {
			problem = parsed(checked);
		}
		if (problem.isPresent()) {
			ParameterText.Problem bad = problem.get();
			errors.refuse(request, response, bad.status(), "Invalid parameter " + bad.parameter(),
					Map.of(bad.parameter(), List.of(bad.message())));
			return;
		}
		chain.doFilter(checked, response);
	}

	/**
	 * What the servlet container parsed (the query string and POST form bodies), checked
	 * the same way.
	 */
	private static Optional<ParameterText.Problem> parsed(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (InvalidParameterException unreadable) {
			if (unreadable.getErrorCode() == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
				return Optional.of(new ParameterText.Problem("body", "is too large", HttpStatus.PAYLOAD_TOO_LARGE));
			}
			return Optional.of(new ParameterText.Problem("body", "is not a well-formed form body (%-escapes, UTF-8)"));
		}
		catch (RuntimeException unreadable) {
			return Optional.of(new ParameterText.Problem("body", "is not a well-formed form body (%-escapes, UTF-8)"));
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			if (name.chars().anyMatch(Character::isISOControl)) {
				return Optional.of(new ParameterText.Problem(ParameterText.shown(name),
						"parameter names must not contain control characters"));
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					return Optional
						.of(new ParameterText.Problem(ParameterText.shown(name), "must not contain a NUL character"));
				}
			}
		}
		return Optional.empty();
	}

	private static boolean isFormBody(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return false;
		}
		try {
			return MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type));
		}
		catch (IllegalArgumentException malformed) {
			return false;
		}
	}

	private static Optional<String> utf8(byte[] bytes) {
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

}
