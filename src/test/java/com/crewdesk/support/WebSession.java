package com.crewdesk.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client (cookies, no redirects followed) for server-side security
 * tests.
 */
public final class WebSession {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager();

	public WebSession(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public static WebSession loggedIn(int port, String email, String password) {
		WebSession session = new WebSession(port);
		HttpResponse<String> response = session.login(email, password);
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException(
					"login failed for " + email + ": " + response.statusCode() + " " + location);
		}
		return session;
	}

	public HttpResponse<String> login(String email, String password) {
		String token = csrfToken("/login");
		return postForm("/login", Map.of("email", email, "password", password, "_csrf", token));
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").GET().build());
	}

	public HttpResponse<String> get(String path, Map<String, String> headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
		headers.forEach(builder::header);
		return send(builder.build());
	}

	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		return postForm(path, List.copyOf(fields.entrySet()), Map.of());
	}

	/** Posts a form with extra headers (e.g. HX-Request for an htmx call). */
	public HttpResponse<String> postForm(String path, Map<String, String> fields, Map<String, String> headers) {
		return postForm(path, List.copyOf(fields.entrySet()), headers);
	}

	/** A form post whose fields may repeat (several ticked ids, say). */
	public HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields) {
		return postForm(path, fields, Map.of());
	}

	private HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields,
			Map<String, String> headers) {
		String body = fields.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(builder::header);
		return send(builder.build());
	}

	/**
	 * Any verb with a form body and extra headers (e.g. an htmx PATCH with its CSRF
	 * header).
	 */
	public HttpResponse<String> send(String method, String path, Map<String, String> fields,
			Map<String, String> headers) {
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(builder::header);
		return send(builder.build());
	}

	/**
	 * A multipart/form-data POST with text fields and one file part named {@code file} (a
	 * CSV upload).
	 */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileName, byte[] file) {
		return postMultipart(path, fields, fileName, file, Map.of());
	}

	/**
	 * The same with extra request headers (an API key's {@code Authorization}, say).
	 */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileName, byte[] file,
			Map<String, String> headers) {
		String boundary = "----crewdesk" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		headers.forEach(request::header);
		return send(request.build());
	}

	/**
	 * The value of a cookie this session holds (SESSION, say), for requests sent by other
	 * means.
	 */
	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no cookie " + name));
	}

	/** The CSRF token a page carries (hidden form input or the meta tag htmx reads). */
	public String csrfToken(String pagePath) {
		String html = get(pagePath).body();
		Matcher input = CSRF_INPUT.matcher(html);
		if (input.find()) {
			return input.group(1);
		}
		Matcher meta = CSRF_META.matcher(html);
		if (meta.find()) {
			return meta.group(1);
		}
		throw new IllegalStateException("no CSRF token on " + pagePath);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
