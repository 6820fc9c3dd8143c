package com.crewdesk.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery is signed (README "Webhooks"): {@code X-Crewdesk-Signature: v1=<hex>},
 * the HMAC-SHA256 under the endpoint's secret of {@code <timestamp>.<body>}, where the
 * timestamp (Unix seconds) is the {@code X-Crewdesk-Timestamp} header. A receiver
 * recomputes it, compares in constant time, and rejects timestamps older than a few
 * minutes (replays).
 */
public final class WebhookSignature {

	public static final String SIGNATURE_HEADER = "X-Crewdesk-Signature";

	public static final String TIMESTAMP_HEADER = "X-Crewdesk-Timestamp";

	public static final String EVENT_ID_HEADER = "X-Crewdesk-Event-Id";

	public static final String EVENT_TYPE_HEADER = "X-Crewdesk-Event";

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSignature() {
	}

	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String sign(String secret, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1=" + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
