package com.crewdesk.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends HTTP/1.1 requests byte for byte over a socket, for what well-behaved clients
 * refuse to send (malformed %-escapes, raw non-UTF-8 bytes, control characters). One
 * connection per request ({@code Connection: close}).
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/**
	 * An answer: status, headers (names in lower case) and the body as text (chunked
	 * framing left in).
	 */
	public record Answer(int status, Map<String, String> headers, String body) {

		public String contentType() {
			return headers.getOrDefault("content-type", "");
		}
	}

	/** {@code target} is sent as-is (ISO-8859-1 bytes), as are the header lines. */
	public Answer send(String method, String target, Map<String, String> headers, byte[] body) {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		StringBuilder head = new StringBuilder(method).append(' ')
			.append(target)
			.append(" HTTP/1.1\r\n")
			.append("Host: localhost:")
			.append(port)
			.append("\r\nConnection: close\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		if (body != null) {
			request.writeBytes(body);
		}
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toByteArray());
			out.flush();
			return parse(readAnswer(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + target + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Sends the whole request as raw bytes (for framing tests: chunked bodies and the
	 * like).
	 */
	public Answer sendRaw(byte[] request) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request);
			socket.getOutputStream().flush();
			return parse(readAnswer(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private static byte[] readAnswer(InputStream in) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read; (read = in.read(buffer)) >= 0;) {
				answer.write(buffer, 0, read);
			}
		}
		catch (IOException reset) {
			if (answer.size() == 0) {
				throw reset;
			}
		}
		return answer.toByteArray();
	}

	public static Answer parseAnswer(byte[] raw) {
		return parse(raw);
	}

	private static Answer parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String head = end < 0 ? text : text.substring(0, end);
		String[] lines = head.split("\r\n");
		if (lines.length == 0 || !lines[0].startsWith("HTTP/1.1 ")) {
			throw new IllegalStateException("not an HTTP answer: " + head);
		}
		int status = Integer.parseInt(lines[0].substring(9, 12));
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim());
			}
		}
		return new Answer(status, headers, end < 0 ? "" : text.substring(end + 4));
	}

}
