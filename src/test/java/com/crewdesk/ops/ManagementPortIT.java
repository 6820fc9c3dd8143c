package com.crewdesk.ops;

import com.crewdesk.support.AcrossCompaniesOnTestThreads;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * README "Deploying": with {@code MANAGEMENT_SERVER_PORT} and
 * {@code MANAGEMENT_SERVER_ADDRESS} set, a scraper reads {@code /actuator/prometheus} on
 * that port and address without logging in, while the application port keeps metrics for
 * admins. (A fixed port, as the README has it: the security rule compares it with the
 * request's port.)
 */
@ExtendWith(AcrossCompaniesOnTestThreads.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ManagementPortIT {

	private static final int MANAGEMENT_PORT = freePort();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void managementPort(DynamicPropertyRegistry registry) {
		registry.add("management.server.port", () -> MANAGEMENT_PORT);
		registry.add("management.server.address", () -> "127.0.0.1");
	}

	@Test
	void aScraperReadsMetricsOnTheManagementPortWithoutLoggingIn() throws Exception {
		HttpResponse<String> metrics = get("http://127.0.0.1:" + MANAGEMENT_PORT + "/actuator/prometheus",
				"text/plain");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds");
		assertThat(get("http://127.0.0.1:" + MANAGEMENT_PORT + "/actuator/health", "application/json").statusCode())
			.isEqualTo(200);
	}

	@Test
	void theApplicationPortDoesNotServeMetricsToAnonymousCallers() throws Exception {
		assertThat(get("http://127.0.0.1:" + port + "/actuator/prometheus", "text/plain").statusCode())
			.isNotEqualTo(200);
	}

	private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
