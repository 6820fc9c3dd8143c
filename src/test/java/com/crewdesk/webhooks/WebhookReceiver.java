package com.crewdesk.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An integration's endpoint, run by the test on 127.0.0.1: it records every request and
 * answers 200, or the statuses queued with {@link #answerNext}.
 */
public final class WebhookReceiver implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One request as received, with the status it was answered with. */
	public record Received(Map<String, String> headers, String body, int answeredWith) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String header(String name) {
			return headers.get(name.toLowerCase());
		}

		public String eventId() {
			return json().get("id").asString();
		}

		public String type() {
			return json().get("type").asString();
		}

		public JsonNode data() {
			return json().get("data");
		}

	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

	public WebhookReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/hooks", exchange -> {
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			Map<String, String> headers = new java.util.HashMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
			Integer queued = answers.poll();
			int status = queued == null ? 200 : queued;
			received.add(new Received(headers, body, status));
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
	}

	public void answerNext(int... statuses) {
		for (int status : statuses) {
			answers.add(status);
		}
	}

	/** Everything received about one subject (a job's or customer's uuid), in order. */
	public List<Received> about(String uuid) {
		List<Received> matching = new ArrayList<>();
		for (Received request : received) {
			JsonNode data = request.data();
			if (uuid.equals(text(data, "job_uuid")) || uuid.equals(text(data, "customer_uuid"))
					|| uuid.equals(text(data, "batch_id"))) {
				matching.add(request);
			}
		}
		return matching;
	}

	public List<Received> all() {
		return List.copyOf(received);
	}

	private static String text(JsonNode data, String field) {
		return data != null && data.has(field) ? data.get(field).asString() : null;
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
