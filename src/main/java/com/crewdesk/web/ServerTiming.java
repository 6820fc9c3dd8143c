package com.crewdesk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Adds a {@code Server-Timing} header (shown by browser dev tools, read by the list
 * benchmark) with how long a piece of server work took. Must run before the body is
 * written, so it times queries, not rendering.
 */
public final class ServerTiming {

	private ServerTiming() {
	}

	public static <T> T measure(HttpServletResponse response, String metric, Supplier<T> work) {
		long started = System.nanoTime();
		T result = work.get();
		double millis = (System.nanoTime() - started) / 1_000_000.0;
		response.addHeader("Server-Timing", String.format(Locale.ROOT, "%s;dur=%.2f", metric, millis));
		return result;
	}

}
