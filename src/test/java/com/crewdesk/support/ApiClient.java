package com.crewdesk.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the JSON API over real HTTP with an API key, and reads answers as JSON trees. */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final String key;

	private final HttpClient http = HttpClient.newHttpClient();

	public ApiClient(int port, String key) {
		this.baseUrl = "http://localhost:" + port;
		this.key = key;
	}

	/** An answer: status, headers and the parsed body. */
	public record Answer(int status, HttpResponse<String> raw, JsonNode json) {

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		public JsonNode data() {
			return json.get("data");
		}

		public String contentType() {
			return header("Content-Type");
		}
	}

	public Answer get(String path) {
		return send(request(path).GET());
	}

	public Answer post(String path, Object body) {
		return send(request(path).POST(json(body)));
	}

	public Answer patch(String path, Object body) {
		return patch(path, body, Map.of());
	}

	public Answer patch(String path, Object body, Map<String, String> headers) {
		HttpRequest.Builder builder = request(path).method("PATCH", json(body));
		headers.forEach(builder::header);
		return send(builder);
	}

	public Answer put(String path, Object body) {
		return send(request(path).PUT(json(body)));
	}

	public Answer delete(String path) {
		return send(request(path).DELETE());
	}

	/** Sends a raw body as-is (for malformed JSON tests). */
	public Answer sendRaw(String method, String path, String body) {
		return send(request(path).method(method, HttpRequest.BodyPublishers.ofString(body)));
	}

	public static String toJson(Object value) {
		return JSON.writeValueAsString(value);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		if (key != null) {
			builder.header("Authorization", "Bearer " + key);
		}
		return builder;
	}

	private static HttpRequest.BodyPublisher json(Object body) {
		return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
	}

	private Answer send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
			return new Answer(response.statusCode(), response, json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
