package com.crewdesk.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body stream counts the bytes read and fails once they pass the limit,
 * whatever the framing (Content-Length or chunked). Marks the request so the error
 * handlers answer 413, not "unreadable".
 */
final class BoundedBody extends HttpServletRequestWrapper {

	static final String EXCEEDED = BoundedBody.class.getName() + ".exceeded";

	private final long limit;

	private ServletInputStream counted;

	BoundedBody(HttpServletRequest request, long limit) {
		super(request);
		this.limit = limit;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (counted == null) {
			counted = new Counted(super.getInputStream());
		}
		return counted;
	}

	@Override
	public BufferedReader getReader() throws IOException {
		Charset charset = StandardCharsets.UTF_8;
		try {
			charset = getCharacterEncoding() != null ? Charset.forName(getCharacterEncoding()) : charset;
		}
		catch (IllegalArgumentException unknownCharset) {
			// read as UTF-8
		}
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

	/** Thrown when the body passes its limit. */
	static final class TooLarge extends IOException {

		TooLarge(long limit) {
			super("request body larger than " + limit + " bytes");
		}

	}

	private final class Counted extends ServletInputStream {

		private final ServletInputStream in;

		private long count;

		Counted(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = in.read(buffer, offset, length);
			if (read > 0) {
				counted(read);
			}
			return read;
		}

		private void counted(int bytes) throws TooLarge {
			count += bytes;
			if (count > limit) {
				setAttribute(EXCEEDED, limit);
				throw new TooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
