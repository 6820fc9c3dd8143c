package com.crewdesk.ops;

import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Times every jobs list request (page, htmx fragment, CSV export, API) by its case: which
 * filters were given, never their values, so that a slow kind of filter shows up without
 * one series per search term. Keyed by paths and parameter names, so it needs nothing
 * from the list code itself.
 */
@Component
class ListRequestMetrics implements HandlerInterceptor, WebMvcConfigurer {

	/**
	 * Parameter names of the list page and of GET /api/v1/jobs; anything else is not part
	 * of the shape.
	 */
	private static final Set<String> FILTERS = Set.of("status", "priority", "assignee", "customer", "location", "from",
			"to", "q", "deleted", "sort", "assigned_to_user_id", "customer_uuid", "location_uuid", "search",
			"include_deleted", "scheduled_from", "scheduled_to");

	private static final String STARTED = ListRequestMetrics.class.getName() + ".started";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/jobs", "/jobs/export.csv", "/api/v1/jobs");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if ("GET".equals(request.getMethod())) {
			request.setAttribute(STARTED, System.nanoTime());
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (request.getAttribute(STARTED) instanceof Long started) {
			Timer.builder(OpsMetrics.LIST_REQUESTS)
				.description("Jobs list requests by view and filter shape")
				.tags(List.of(io.micrometer.core.instrument.Tag.of("view", view(request)),
						io.micrometer.core.instrument.Tag.of("filters", shape(request))))
				.register(OpsMetrics.registry())
				.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
		}
	}

	static String view(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			return "api";
		}
		if (path.endsWith(".csv")) {
			return "csv";
		}
		return request.getHeader("HX-Request") != null ? "fragment" : "page";
	}

	/**
	 * The names of the non-empty filters, sorted and joined ("q+status"),
	 * "assignee=unassigned" kept apart.
	 */
	static String shape(HttpServletRequest request) {
		Set<String> names = new TreeSet<>();
		request.getParameterMap().forEach((name, values) -> {
			if (FILTERS.contains(name) && values.length > 0 && !values[0].isBlank()) {
				boolean unassigned = ("assignee".equals(name) || "assigned_to_user_id".equals(name))
						&& "unassigned".equalsIgnoreCase(values[0].strip());
				names.add(unassigned ? name + "=unassigned" : name);
			}
		});
		if (names.isEmpty()) {
			return "none";
		}
		StringJoiner joined = new StringJoiner("+");
		names.forEach(joined::add);
		return joined.toString();
	}

}
