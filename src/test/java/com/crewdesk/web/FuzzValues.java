package com.crewdesk.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile but reproducible inputs for {@link InputFuzzIT}: one seeded Random decides
 * everything.
 */
final class FuzzValues {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> JOB_FIELDS = List.of("title", "description", "status", "priority", "is_urgent",
			"is_emergency", "job_type", "bid_type", "customer_uuid", "location_uuid", "assigned_to_user_id", "worker",
			"sales_rep_id", "service_address1", "service_city", "service_state", "service_zip", "coordinates",
			"estimated_amount", "actual_amount", "scheduled_date", "scheduled_time_start", "scheduled_time_end",
			"started_at", "completed_at", "invoiced_at", "paid_at", "internal_notes", "customer_notes", "closing_notes",
			"custom_fields", "external_data", "milestones", "customer", "notify", "version", "uuid", "note");

	private static final List<String> QUERY_NAMES = List.of("status", "priority", "assigned_to_user_id",
			"customer_uuid", "location_uuid", "search", "include_deleted", "page", "limit", "sort", "scheduled_from",
			"scheduled_to", "q", "assignee", "customer", "location", "from", "to", "deleted", "dir", "size", "async");

	private static final List<String> NASTY_TEXT = List.of("", " ", "a\u0000b", "\u0000", "\u0001\u001f", "\uffff",
			"\ud83d\ude00", "%00", "%zz", "' OR 1=1 --", "<script>", "\\", "\"", "a".repeat(5000), "\u202e", "\r\n",
			"null", "true", "-1", "1e400", "NaN", "+999999999-12-31", "-290308-01-01T00:00:00Z", "0000-00-00",
			"2025-02-30", "9999-12-31T23:59:59Z", "2025-01-20T10:00:00+25:00", "24:00", "99:99", "JOB-000001",
			"00000000-0000-0000-0000-000000000000", "Scheduled", "In Progress", "-updated", "tech@acme.test", "ünïcödé",
			"𝔘𝔫𝔦𝔠𝔬𝔡𝔢");

	private static final List<String> ACCEPTS = List.of("application/json", "*/*", "text/plain", "application/xml",
			"text/html", "application/problem+json", "garbage", "application/json;q=0", "",
			"text/*, application/xml;q=0.9");

	private static final List<String> CONTENT_TYPES = List.of("application/json", "*/*",
			"application/x-www-form-urlencoded", "text/plain", "application/xml", "multipart/form-data",
			"application/json; charset=bogus", "nonsense", "application/merge-patch+json",
			"application/json; charset=UTF-16");

	private final Random random;

	FuzzValues(Random random) {
		this.random = random;
	}

	boolean chance(int oneIn) {
		return random.nextInt(oneIn) == 0;
	}

	private <T> T pick(List<T> from) {
		return from.get(random.nextInt(from.size()));
	}

	String text() {
		return switch (random.nextInt(4)) {
			case 0 -> pick(NASTY_TEXT);
			case 1 -> randomChars(random.nextInt(20));
			case 2 -> pick(NASTY_TEXT) + randomChars(3);
			default -> "plain " + random.nextInt(1000);
		};
	}

	private String randomChars(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int cp = switch (random.nextInt(4)) {
				case 0 -> random.nextInt(0x20);
				case 1 -> 0x20 + random.nextInt(0x5f);
				case 2 -> 0x80 + random.nextInt(0x780);
				default -> 0x1F300 + random.nextInt(0x100);
			};
			text.appendCodePoint(cp);
		}
		return text.toString();
	}

	Object value(int depth) {
		return switch (random.nextInt(depth > 2 ? 6 : 9)) {
			case 0 -> null;
			case 1 -> random.nextBoolean();
			case 2 -> random.nextInt();
			case 3 -> pick(List.of(1e308, -0.001, 12.345, 1e-9, Long.MAX_VALUE, -1L));
			case 4, 5 -> text();
			case 6 -> java.util.Arrays.asList(value(depth + 1), value(depth + 1));
			default -> object(depth + 1);
		};
	}

	private Map<String, Object> object(int depth) {
		Map<String, Object> object = new LinkedHashMap<>();
		int size = random.nextInt(4);
		for (int i = 0; i < size; i++) {
			object.put(chance(3) ? text() : pick(List.of("key", "val", "application_guid", "patch_mode", "data",
					"completed_at", "lat", "lng", "first_name", "address1")), value(depth));
		}
		return object;
	}

	byte[] patchBody() {
		Map<String, Object> patch = new LinkedHashMap<>();
		int size = 1 + random.nextInt(4);
		for (int i = 0; i < size; i++) {
			patch.put(chance(8) ? text() : pick(JOB_FIELDS), value(0));
		}
		return mangle(JSON.writeValueAsString(patch));
	}

	byte[] batchBody(String uuid) {
		Map<String, Object> jobs = new LinkedHashMap<>();
		Map<String, Object> patch = new LinkedHashMap<>();
		patch.put(pick(JOB_FIELDS), value(1));
		jobs.put(chance(3) ? text() : uuid, patch);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("jobs", chance(5) ? value(1) : jobs);
		data.put("notify", value(2));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("data", data);
		return mangle(JSON.writeValueAsString(body));
	}

	/** Sometimes breaks the JSON: cut short, a byte flipped, invalid UTF-8, a raw NUL. */
	private byte[] mangle(String json) {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		return switch (random.nextInt(8)) {
			case 0 -> java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
			case 1 -> {
				bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
				yield bytes;
			}
			case 2 -> (json.substring(0, json.length() - 1) + ",\"x\":\"\u0000\"}").getBytes(StandardCharsets.UTF_8);
			case 3 ->
				new byte[] { '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}' };
			default -> bytes;
		};
	}

	byte[] maybeBody() {
		return chance(2) ? null : patchBody();
	}

	/**
	 * A query string as sent on the wire: sometimes well encoded, sometimes raw bytes and
	 * broken escapes.
	 */
	String queryString() {
		StringBuilder query = new StringBuilder();
		int size = 1 + random.nextInt(4);
		for (int i = 0; i < size; i++) {
			if (i > 0) {
				query.append('&');
			}
			String name = chance(6) ? text() : pick(QUERY_NAMES);
			query.append(encodeOrNot(name)).append('=').append(encodeOrNot(text()));
		}
		// Tomcat refuses request heads above 8 KB before the application sees them.
		return query.length() > 6000 ? query.substring(0, 6000) : query.toString();
	}

	private String encodeOrNot(String text) {
		return switch (random.nextInt(6)) {
			case 0 -> pick(List.of("%zz", "%", "%f", "%ff%fe", "%c3%28", "%00", "%e2%82", "%C0%AF", "%ED%A0%80"));
			// raw bytes as sent, but no whitespace: a space or line break would end the
			// request line itself
			case 1 -> text.replaceAll("[\\s\\x00-\\x20\\x7f]", "+").replace("%", "%25") + "%"
					+ Integer.toHexString(random.nextInt(256));
			default -> java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
		};
	}

	String method() {
		return pick(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"));
	}

	String apiPath(String uuid) {
		return pick(List.of("/api/v1/jobs/" + uuid, "/api/v1/jobs", "/api/v1/nope", "/api/v1/jobs/" + uuid + "/restore",
				"/api/v1/jobs/" + uuid + "/history", "/api/v1/jobs/not-a-uuid",
				"/api/v1/jobs/batches/" + random.nextInt(), "/api/v1/jobs/batches/x", "/api/v1/jobs/%00",
				"/api/v1/jobs/%ff", "/api/v1/jobs/" + uuid + "?async=%zz", "/api/v1/customers",
				"/api/v1/jobs/batch?async=true", "/api/v1/jobs/%3Cscript%3E", "/api/v1/jobs/.."));
	}

	Map<String, String> apiHeaders(String key) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Authorization", chance(20) ? "Bearer nope" : "Bearer " + key);
		headers.put("Accept", accept());
		headers.put("Content-Type", chance(3) ? pick(CONTENT_TYPES) : "application/json");
		if (chance(5)) {
			headers.put("If-Match", pick(List.of("\"0\"", "\"x\"", "*", "W/\"1\"", "\"99999999999999999999\"", "")));
		}
		return headers;
	}

	String accept() {
		return pick(ACCEPTS);
	}

	String formContentType() {
		return chance(6) ? pick(CONTENT_TYPES) : "application/x-www-form-urlencoded";
	}

	String cell() {
		return pick(List.of("status", "priority", "assignee", "scheduled", "nope", "%00", "title"));
	}

	byte[] formBody() {
		StringBuilder form = new StringBuilder();
		int size = 1 + random.nextInt(3);
		for (int i = 0; i < size; i++) {
			if (i > 0) {
				form.append('&');
			}
			String name = chance(5) ? text() : pick(List.of("value", "version", "ids", "all", "filter", "assignTo",
					"status", "priority", "scheduledDate", "shiftDays", "customFieldKey", "customFieldValue"));
			form.append(encodeOrNot(name)).append('=').append(encodeOrNot(text()));
		}
		return chance(10) ? new byte[] { 'v', 'a', 'l', 'u', 'e', '=', (byte) 0xff }
				: form.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	String portalPath(String uuid, String number) {
		return pick(List.of("/jobs/" + uuid, "/jobs/" + number + "/delete", "/jobs/" + number + "/restore",
				"/jobs/" + uuid + "/row/restore", "/jobs/" + number + "/checklist", "/jobs/validate",
				"/jobs/" + number + "/edit", "/jobs/batch/panel", "/jobs/nope%01", "/jobs/%ff/edit"));
	}

}
