package com.crewdesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 415 for a {@code Content-Type} that cannot be read ({@code *}/{@code *}, a
 * malformed type, multipart except for the CSV uploads of imports) anywhere, and for
 * anything but JSON sent to an API write, before a converter trips over it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class ContentTypeCheck extends OncePerRequestFilter {

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

	private final ClientErrors errors;

	ContentTypeCheck(ClientErrors errors) {
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getContentType();
		boolean upload = RequestSizeLimit.isUpload(request);
		boolean jsonOnly = ClientErrors.isApi(request) && WRITES.contains(request.getMethod()) && !upload;
		if (header != null && !acceptable(header, jsonOnly, upload)) {
			String must = jsonOnly ? "must be application/json"
					: "must be a concrete, well-formed media type (no uploads)";
			errors.refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type " + must,
					Map.of("Content-Type", List.of(must)));
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean acceptable(String header, boolean jsonOnly, boolean upload) {
		MediaType type;
		try {
			type = MediaType.parseMediaType(header);
		}
		catch (InvalidMediaTypeException malformed) {
			return false;
		}
		if (type.isWildcardType() || type.isWildcardSubtype() || "multipart".equals(type.getType())
				&& !(upload && MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(type))) {
			return false;
		}
		try {
			type.getCharset();
		}
		catch (IllegalArgumentException unknownCharset) {
			return false;
		}
		return !jsonOnly || MediaType.APPLICATION_JSON.isCompatibleWith(type)
				|| "application".equals(type.getType()) && type.getSubtype().endsWith("+json");
	}

}
