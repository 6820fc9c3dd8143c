package com.crewdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient.Answer;
import java.util.Map;

/** Acme customers and jobs made through the API, for tests that then act as a user. */
public final class TestCustomers {

	private TestCustomers() {
	}

	public static ApiClient acmeApi(int port) {
		return new ApiClient(port, "cd_demo_acme_key");
	}

	/** A new Acme customer; its uuid. */
	public static String create(int port, Map<String, Object> body) {
		Answer created = acmeApi(port).post("/api/v1/customers", body);
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.data().get("uuid").asString();
	}

	/** A new job of that customer with this title and status. */
	public static void job(int port, String customer, String title, String status) {
		Answer created = acmeApi(port).post("/api/v1/jobs",
				Map.of("title", title, "customer_uuid", customer, "status", status));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
	}

}
