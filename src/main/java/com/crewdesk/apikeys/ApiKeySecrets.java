package com.crewdesk.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys are long random secrets, so a fast SHA-256 digest is the right hash: it lets
 * us find the key by its hash in one indexed lookup (a salted password hash would force a
 * scan of every key).
 */
public final class ApiKeySecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiKeySecrets() {
	}

	public static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "cd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	public static String prefix(String secret) {
		return secret.substring(0, Math.min(10, secret.length()));
	}

}
