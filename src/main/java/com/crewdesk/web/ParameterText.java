package com.crewdesk.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * Checks URL-encoded text (a query string or a form body) strictly, before anything
 * decodes it leniently: every %-escape must be two hex digits, the decoded bytes must be
 * UTF-8, no value may hold a NUL character (PostgreSQL cannot store one) and no name may
 * hold a control character. Answers the first problem found, naming the parameter as far
 * as it could be read.
 */
final class ParameterText {

	/**
	 * The names Spring Security's firewall accepts: assigned code points, no control
	 * characters.
	 */
	private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final int MAX_SHOWN_NAME = 60;

	/** A parameter that cannot be accepted, and why. */
	record Problem(String parameter, String message, HttpStatus status) {

		Problem(String parameter, String message) {
			this(parameter, message, HttpStatus.BAD_REQUEST);
		}
	}

	private ParameterText() {
	}

	static Optional<Problem> check(String encoded) {
		if (encoded == null || encoded.isEmpty()) {
			return Optional.empty();
		}
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			String rawName = equals < 0 ? pair : pair.substring(0, equals);
			String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
			Optional<String> name = decode(rawName);
			if (name.isEmpty()) {
				return Optional.of(new Problem(shown(rawName), "has a malformed %-escape or is not UTF-8"));
			}
			if (!NAME.matcher(name.get()).matches()) {
				return Optional
					.of(new Problem(shown(name.get()), "parameter names must not contain control characters"));
			}
			Optional<String> value = decode(rawValue);
			if (value.isEmpty()) {
				return Optional.of(new Problem(shown(name.get()), "has a malformed %-escape or is not UTF-8"));
			}
			if (value.get().indexOf('\0') >= 0) {
				return Optional.of(new Problem(shown(name.get()), "must not contain a NUL character"));
			}
		}
		return Optional.empty();
	}

	/**
	 * Decodes {@code +} and %-escapes as UTF-8; empty when an escape is malformed or the
	 * bytes are not UTF-8.
	 */
	static Optional<String> decode(String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		StringBuilder plain = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%') {
				if (i + 2 >= text.length()) {
					return Optional.empty();
				}
				int high = hex(text.charAt(i + 1));
				int low = hex(text.charAt(i + 2));
				if (high < 0 || low < 0) {
					return Optional.empty();
				}
				bytes.writeBytes(plain.toString().getBytes(StandardCharsets.UTF_8));
				plain.setLength(0);
				bytes.write(high * 16 + low);
				i += 2;
			}
			else {
				plain.append(c == '+' ? ' ' : c);
			}
		}
		bytes.writeBytes(plain.toString().getBytes(StandardCharsets.UTF_8));
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	private static int hex(char c) {
		return c < 128 ? Character.digit(c, 16) : -1;
	}

	/**
	 * A name as it can be shown: control characters as \\uXXXX, at most 60 characters.
	 */
	static String shown(String name) {
		StringBuilder shown = new StringBuilder();
		name.codePoints().limit(MAX_SHOWN_NAME).forEach(cp -> {
			if (Character.isISOControl(cp) || !Character.isDefined(cp)) {
				shown.append(String.format("\\u%04x", cp));
			}
			else {
				shown.appendCodePoint(cp);
			}
		});
		return shown.toString();
	}

}
