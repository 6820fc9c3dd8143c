package com.crewdesk.staff;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: at least 12 characters, not the e-mail, not one of the most
 * common passwords.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "password1234",
			"passwordpassword", "qwertyuiop12", "qwertyuiopasdf", "111111111111", "000000000000", "iloveyou1234",
			"administrator", "letmein12345", "welcome12345", "password123!", "changeme1234", "abcdefghijkl",
			"abc123456789", "football1234", "baseball1234", "qwerty123456", "123456qwerty", "1q2w3e4r5t6y",
			"passw0rd1234", "trustno11234", "monkey123456", "dragon123456", "sunshine1234", "princess1234",
			"superman1234", "crewdesk1234", "crewdeskcrewdesk", "p@ssw0rd1234", "password12345", "qwertyqwerty",
			"asdfghjkl123");

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordPolicy() {
	}

	/** Why the password is not acceptable, or empty when it is. */
	public static Optional<String> problem(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("must be at least " + MIN_LENGTH + " characters");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (email != null && (lower.equals(email.toLowerCase(Locale.ROOT))
				|| lower.equals(email.toLowerCase(Locale.ROOT).split("@")[0]))) {
			return Optional.of("must not be your e-mail address");
		}
		if (COMMON.contains(lower) || lower.chars().distinct().count() <= 2) {
			return Optional.of("is too common; choose another");
		}
		return Optional.empty();
	}

	/** A random temporary password of 16 characters (no look-alike letters). */
	public static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
