package com.crewdesk.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which endpoint addresses the sender may call: http(s) URLs whose host resolves only to
 * public addresses. Loopback, link-local (cloud metadata at 169.254.169.254), private,
 * shared (100.64/10), unique-local IPv6 and wildcard addresses are refused unless
 * {@code crewdesk.webhooks.allow-private=true}, so an admin cannot make the server call
 * into its own network (SSRF). Every resolved address is checked, at registration and
 * again before each send (a name may be re-pointed after it was registered).
 */
public final class WebhookAddresses {

	/** Resolves a host name to all its addresses (DNS in production). */
	public interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	private WebhookAddresses() {
	}

	/** Why the URL may not be called, or empty if it may. */
	public static Optional<String> refusal(String url, boolean allowPrivate) {
		return refusal(url, allowPrivate, InetAddress::getAllByName);
	}

	static Optional<String> refusal(String url, boolean allowPrivate, Resolver resolver) {
		URI uri;
		try {
			uri = new URI(url == null ? "" : url.trim());
		}
		catch (URISyntaxException ex) {
			return Optional.of("is not a valid URL");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return Optional.of("must start with http:// or https://");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return Optional.of("must name a host");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("must not contain a user name or password");
		}
		InetAddress[] addresses;
		try {
			addresses = resolver.resolve(uri.getHost());
		}
		catch (UnknownHostException ex) {
			return Optional.of("names a host that cannot be found (" + uri.getHost() + ")");
		}
		if (!allowPrivate) {
			for (InetAddress address : addresses) {
				if (isInternal(address)) {
					return Optional.of("points to an internal address (" + address.getHostAddress()
							+ "); only public addresses may receive webhooks");
				}
			}
		}
		return Optional.empty();
	}

	static boolean isInternal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			// 0/8 "this network", 100.64/10 shared (carrier-grade NAT), 192.0.0/24
			// protocol
			// assignments, 198.18/15 benchmarking, 240/4 reserved and broadcast.
			return first == 0 || (first == 100 && (second & 0xc0) == 64)
					|| (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
					|| (first == 198 && (second & 0xfe) == 18) || first >= 240;
		}
		if (address instanceof Inet6Address) {
			// fc00::/7 unique local; an IPv4 address mapped or embedded in IPv6 is judged
			// as
			// IPv4.
			if ((bytes[0] & 0xfe) == 0xfc) {
				return true;
			}
			if (isMappedOrCompatibleIpv4(bytes)) {
				try {
					return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
				}
				catch (UnknownHostException ex) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isMappedOrCompatibleIpv4(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) || (bytes[10] == 0 && bytes[11] == 0);
	}

}
