package com.crewdesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body, however it is framed: a declared {@code Content-Length}
 * above the limit is refused at once, and the bytes of any body (chunked too) are counted
 * as they are read, so nothing parses more than the limit. Past it the answer is 413
 * (problem+json under /api, the error page elsewhere).
 * <p>
 * Limits by endpoint: 32 MB for an API batch (50,000 small patches fit), 256 KB for any
 * other API call (one job), 4 MB for the portal's batch forms, 1 MB for any other portal
 * form.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestSizeLimit extends OncePerRequestFilter {

	static final long API_BATCH_LIMIT = 32L << 20;
	static final long API_LIMIT = 256L << 10;
	static final long PAGE_BATCH_LIMIT = 4L << 20;
	static final long PAGE_LIMIT = 1L << 20;

	/** A CSV upload (50 MB, refused with its own message up to this) plus the form. */
	static final long IMPORT_LIMIT = 60L << 20;

	private final ClientErrors errors;

	RequestSizeLimit(ClientErrors errors) {
		this.errors = errors;
	}

	static long limitFor(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (isUpload(request)) {
			return IMPORT_LIMIT;
		}
		if (ClientErrors.isApi(request)) {
			return path.startsWith("/api/v1/jobs/batch") ? API_BATCH_LIMIT : API_LIMIT;
		}
		return path.startsWith("/jobs/batch") ? PAGE_BATCH_LIMIT : PAGE_LIMIT;
	}

	/**
	 * The CSV uploads of imports ({@code POST /import}, {@code POST /api/v1/imports}):
	 * the only requests that may be multipart.
	 */
	static boolean isUpload(HttpServletRequest request) {
		String path = request.getRequestURI();
		return "POST".equals(request.getMethod()) && (path.equals("/import") || path.equals("/api/v1/imports"));
	}

	/** True when the body of this request went past its limit while it was read. */
	public static boolean exceeded(ServletRequest request) {
		return request.getAttribute(BoundedBody.EXCEEDED) != null;
	}

	/** "must be at most 256 KB": the limit this request's body passed. */
	public static String describedLimit(HttpServletRequest request) {
		return tooLarge(limitFor(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			refuse(request, response, limit);
			return;
		}
		try {
			chain.doFilter(new BoundedBody(request, limit), response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!exceeded(request) || response.isCommitted()) {
				throw ex;
			}
			refuse(request, response, limit);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		errors.refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "The body is too large",
				Map.of("body", List.of(tooLarge(limit))));
	}

	static String tooLarge(long limit) {
		return "must be at most " + (limit >= 1L << 20 ? (limit >> 20) + " MB" : (limit >> 10) + " KB");
	}

}
