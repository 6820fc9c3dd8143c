package com.crewdesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request's whole server time as {@code Server-Timing: app;dur=…} (read by the
 * benchmarks, shown by browser dev tools): from the request's arrival (before security
 * and the session) to the first byte of the answer, so it covers queries and rendering
 * (pages are rendered into memory, then written at once), not the network; and
 * {@code cpu;dur=…}, the CPU time the request's thread used meanwhile, which a busy
 * machine inflates far less than the wall time. Static assets go without.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class RequestServerTiming extends OncePerRequestFilter {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/webjars/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Timed timed = new Timed(response, System.nanoTime(), THREADS.getCurrentThreadCpuTime());
		try {
			chain.doFilter(request, timed);
		}
		finally {
			timed.stamp();
		}
	}

	/** Adds the header just before the first byte of the body (or at the end). */
	private static final class Timed extends HttpServletResponseWrapper {

		private final long started;

		private final long startedCpu;

		private boolean stamped;

		private ServletOutputStream stream;

		private PrintWriter writer;

		Timed(HttpServletResponse response, long started, long startedCpu) {
			super(response);
			this.started = started;
			this.startedCpu = startedCpu;
		}

		void stamp() {
			if (!stamped && !isCommitted()) {
				addHeader("Server-Timing",
						String.format(Locale.ROOT, "app;dur=%.2f, cpu;dur=%.2f",
								(System.nanoTime() - started) / 1_000_000.0,
								(THREADS.getCurrentThreadCpuTime() - startedCpu) / 1_000_000.0));
			}
			stamped = true;
		}

		@Override
		public void flushBuffer() throws IOException {
			stamp();
			super.flushBuffer();
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			stamp();
			super.sendError(sc, msg);
		}

		@Override
		public void sendError(int sc) throws IOException {
			stamp();
			super.sendError(sc);
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			stamp();
			super.sendRedirect(location);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (stream == null) {
				ServletOutputStream target = super.getOutputStream();
				stream = new ServletOutputStream() {

					@Override
					public void write(int b) throws IOException {
						stamp();
						target.write(b);
					}

					@Override
					public void write(byte[] b, int off, int len) throws IOException {
						stamp();
						target.write(b, off, len);
					}

					@Override
					public void flush() throws IOException {
						stamp();
						target.flush();
					}

					@Override
					public void close() throws IOException {
						stamp();
						target.close();
					}

					@Override
					public boolean isReady() {
						return target.isReady();
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						target.setWriteListener(listener);
					}

				};
			}
			return stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (writer == null) {
				PrintWriter target = super.getWriter();
				writer = new PrintWriter(new Writer() {

					@Override
					public void write(char[] cbuf, int off, int len) {
						stamp();
						target.write(cbuf, off, len);
					}

					@Override
					public void write(String str, int off, int len) {
						stamp();
						target.write(str, off, len);
					}

					@Override
					public void flush() {
						stamp();
						target.flush();
					}

					@Override
					public void close() {
						stamp();
						target.close();
					}

				});
			}
			return writer;
		}

	}

}
