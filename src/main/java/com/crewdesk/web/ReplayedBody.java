package com.crewdesk.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body was already read (to check it) and is served again from memory.
 */
final class ReplayedBody extends HttpServletRequestWrapper {

	private final byte[] body;

	ReplayedBody(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(body);
		return new ServletInputStream() {
			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return in.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new IllegalStateException("a replayed body is read synchronously only");
			}
		};
	}

	@Override
	public BufferedReader getReader() {
		Charset charset = StandardCharsets.UTF_8;
		try {
			charset = getCharacterEncoding() != null ? Charset.forName(getCharacterEncoding()) : charset;
		}
		catch (IllegalArgumentException unknownCharset) {
			// the body was checked as UTF-8
		}
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

}
