package com.crewdesk.patch;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Customer phone numbers (seed 003): E.164 ({@code +} and 8 to 15 digits) or a North
 * American national format (10 digits, optionally after a 1), with any spaces, dots,
 * dashes or parentheses. Stored normalised: North American numbers as
 * {@code +1 720 555 0199}, others as E.164 {@code +4930123456}.
 */
final class PhoneNumbers {

	static final String MESSAGE = "must be a phone number in E.164 (+ and country code) or a 10-digit national format";

	private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

	private static final Pattern NATIONAL = Pattern.compile("1?[2-9]\\d{2}[2-9]\\d{6}");

	private PhoneNumbers() {
	}

	/** The normalised number, or empty when the text is no phone number. */
	static Optional<String> normalise(String text) {
		String compact = SEPARATORS.matcher(text.trim()).replaceAll("");
		if (compact.startsWith("+1") && compact.length() == 12 && NATIONAL.matcher(compact.substring(1)).matches()) {
			return Optional.of(northAmerican(compact.substring(2)));
		}
		if (E164.matcher(compact).matches()) {
			return compact.startsWith("+1") ? Optional.empty() : Optional.of(compact);
		}
		if (NATIONAL.matcher(compact).matches()) {
			return Optional.of(northAmerican(compact.length() == 11 ? compact.substring(1) : compact));
		}
		return Optional.empty();
	}

	private static String northAmerican(String tenDigits) {
		return "+1 " + tenDigits.substring(0, 3) + " " + tenDigits.substring(3, 6) + " " + tenDigits.substring(6);
	}

	static ValueFormat format() {
		return Formats.simple(String.class, (key, raw, v) -> RawValues.string(key, raw, v).flatMap(s -> {
			Optional<String> normalised = normalise(s);
			if (normalised.isEmpty()) {
				v.add(key, MESSAGE);
			}
			return normalised;
		}));
	}

}
