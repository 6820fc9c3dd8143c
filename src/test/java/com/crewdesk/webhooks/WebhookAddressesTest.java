package com.crewdesk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which webhook URLs the sender may call (SSRF rules), with a fake DNS. */
class WebhookAddressesTest {

	private static final Map<String, String[]> DNS = Map.of("hooks.example.com", new String[] { "93.184.216.34" },
			"rebound.example.com", new String[] { "93.184.216.34", "10.0.0.7" }, "metadata.example.com",
			new String[] { "169.254.169.254" }, "v6.example.com",
			new String[] { "2606:2800:220:1:248:1893:25c8:1946" });

	private static Optional<String> refusal(String url) {
		return WebhookAddresses.refusal(url, false, WebhookAddressesTest::resolve);
	}

	private static InetAddress[] resolve(String host) throws UnknownHostException {
		String[] addresses = DNS.get(host);
		if (addresses == null) {
			// IP literals resolve to themselves without DNS.
			if (host.matches("[0-9.]+") || host.contains(":")) {
				return new InetAddress[] { InetAddress.getByName(host) };
			}
			throw new UnknownHostException(host);
		}
		InetAddress[] resolved = new InetAddress[addresses.length];
		for (int i = 0; i < addresses.length; i++) {
			resolved[i] = InetAddress.getByName(addresses[i]);
		}
		return resolved;
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://hooks.example.com/crewdesk", "http://hooks.example.com:8080/x?y=1",
			"https://93.184.216.34/hooks", "https://v6.example.com/hooks", "https://[2606:4700:4700::1111]/hooks" })
	void publicHttpAddressesAreAllowed(String url) {
		assertThat(refusal(url)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://hooks.example.com/x", "file:///etc/passwd", "gopher://hooks.example.com/",
			"hooks.example.com/no-scheme", "javascript:alert(1)" })
	void onlyHttpAndHttpsAreAllowed(String url) {
		assertThat(refusal(url)).hasValueSatisfying(reason -> assertThat(reason).contains("http:// or https://"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/", "http://127.1.2.3:8080/", "http://[::1]/", "http://0.0.0.0/",
			"http://10.1.2.3/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.1.1/",
			"http://169.254.169.254/latest/meta-data", "http://[fe80::1]/", "http://[fd00::1]/", "http://100.64.0.1/",
			"http://[::ffff:127.0.0.1]/", "http://[::ffff:10.0.0.1]/", "http://224.0.0.1/", "http://255.255.255.255/",
			"http://metadata.example.com/", "http://198.18.0.1/" })
	void loopbackLinkLocalAndPrivateAddressesAreRefused(String url) {
		assertThat(refusal(url)).hasValueSatisfying(reason -> assertThat(reason).contains("internal address"));
	}

	@Test
	void aNameIsRefusedWhenAnyOfItsAddressesIsInternal() {
		assertThat(refusal("https://rebound.example.com/hooks"))
			.hasValueSatisfying(reason -> assertThat(reason).contains("10.0.0.7"));
	}

	@Test
	void unknownHostsUserInfoAndMissingHostsAreRefused() {
		assertThat(refusal("https://nowhere.example.com/"))
			.hasValueSatisfying(r -> assertThat(r).contains("cannot be found"));
		assertThat(refusal("https://user:pass@hooks.example.com/"))
			.hasValueSatisfying(r -> assertThat(r).contains("user name or password"));
		assertThat(refusal("https:///path")).hasValueSatisfying(r -> assertThat(r).contains("host"));
		assertThat(refusal("http://exa mple.com/")).hasValueSatisfying(r -> assertThat(r).contains("not a valid URL"));
	}

	@Test
	void privateAddressesAreAllowedWhenTheSettingSaysSo() {
		assertThat(WebhookAddresses.refusal("http://127.0.0.1:8080/hooks", true, WebhookAddressesTest::resolve))
			.isEmpty();
		assertThat(WebhookAddresses.refusal("ftp://127.0.0.1/hooks", true, WebhookAddressesTest::resolve)).isPresent();
	}

	@Test
	void theRetryWaitDoublesUpToAnHour() {
		java.time.Duration base = java.time.Duration.ofSeconds(30);
		assertThat(WebhookSender.backoff(1, base)).isEqualTo(java.time.Duration.ofSeconds(30));
		assertThat(WebhookSender.backoff(2, base)).isEqualTo(java.time.Duration.ofMinutes(1));
		assertThat(WebhookSender.backoff(4, base)).isEqualTo(java.time.Duration.ofMinutes(4));
		assertThat(WebhookSender.backoff(30, base)).isEqualTo(java.time.Duration.ofHours(1));
	}

}
