package com.crewdesk.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request: method, path, status and time, with the trace id (set in the
 * MDC by {@code web.TraceIds}, which runs first) that error pages and problem+json bodies
 * show. Static assets and health probes log at DEBUG only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestLog extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("crewdesk.requests");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			String path = request.getRequestURI();
			boolean quiet = path.startsWith("/assets/") || path.startsWith("/webjars/")
					|| path.startsWith("/actuator/health");
			if (quiet ? log.isDebugEnabled() : log.isInfoEnabled()) {
				String line = "{} {} {} {} ms";
				Object[] args = { request.getMethod(), path, response.getStatus(),
						(System.nanoTime() - started) / 1_000_000 };
				if (quiet) {
					log.debug(line, args);
				}
				else {
					log.info(line, args);
				}
			}
		}
	}

}
