package com.crewdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.RawHttp;
import com.crewdesk.support.TestJobs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bodies are bounded however they arrive: declared lengths and chunked bodies alike
 * answer 413 past the limit.
 */
@CrewdeskIntegrationTest
class BodyLimitsIT {

	private static final String KEY = "cd_demo_acme_key";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void singleJobPatchAboveItsLimitIs413ProblemJson() {
		TestJobs.Created job = new TestJobs(new ApiClient(port, KEY), new DemoData(jdbc)).create("Limit", Map.of());

		RawHttp.Answer answer = new RawHttp(port).send("PATCH", "/api/v1/jobs/" + job.uuid(),
				Map.of("Authorization", "Bearer " + KEY, "Content-Type", "application/json"), notes(300 << 10));

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).contains("must be at most 256 KB");
	}

	@Test
	void chunkedSingleJobPatchIsCountedAsItIsRead() {
		TestJobs.Created job = new TestJobs(new ApiClient(port, KEY), new DemoData(jdbc)).create("Limit", Map.of());

		RawHttp.Answer answer = chunked("PATCH", "/api/v1/jobs/" + job.uuid(), "application/json", notes(10 << 20));

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).contains("must be at most 256 KB");
	}

	@Test
	void chunkedBatchAboveItsLimitIs413() {
		RawHttp.Answer answer = chunked("POST", "/api/v1/jobs/batch", "application/json", notes(40 << 20));

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).contains("must be at most 32 MB");
	}

	@Test
	void batchFarAboveTheSingleLimitIsStillRead() {
		RawHttp.Answer answer = chunked("POST", "/api/v1/jobs/batch", "application/json", notes(1 << 20));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).doesNotContain("too large");
	}

	@Test
	void chunkedPortalFormAboveItsLimitIs413() {
		RawHttp.Answer answer = chunked("PATCH", "/jobs/00000000-0000-0000-0000-000000000000/cells/status",
				"application/x-www-form-urlencoded", ("value=" + "a".repeat(2 << 20)).getBytes(StandardCharsets.UTF_8));

		assertThat(answer.status()).isEqualTo(413);
	}

	/** A JSON object whose internal_notes fill about {@code size} bytes. */
	private static byte[] notes(int size) {
		return ("{\"internal_notes\":\"" + "x".repeat(size) + "\"}").getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Sends the body in 64 KB chunks, stopping when the server closes, then reads the
	 * answer.
	 */
	private RawHttp.Answer chunked(String method, String path, String type, byte[] body) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(
					(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer "
							+ KEY + "\r\nContent-Type: " + type + "\r\nTransfer-Encoding: chunked\r\n\r\n")
						.getBytes(StandardCharsets.ISO_8859_1));
			try {
				for (int at = 0; at < body.length; at += 65536) {
					int length = Math.min(65536, body.length - at);
					out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
					out.write(body, at, length);
					out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
			}
			catch (IOException closedEarly) {
				// the server stopped reading: its answer is waiting
			}
			return RawHttp.parseAnswer(read(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] read(InputStream in) {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read; (read = in.read(buffer)) >= 0;) {
				answer.write(buffer, 0, read);
			}
		}
		catch (IOException reset) {
			// keep what arrived
		}
		return answer.toByteArray();
	}

}
