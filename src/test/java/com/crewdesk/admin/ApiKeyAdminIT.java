package com.crewdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** API keys created and revoked from the admin page, used against the JSON API. */
@CrewdeskIntegrationTest
class ApiKeyAdminIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	TestCompany company;

	WebSession admin;

	@BeforeEach
	void setUp() {
		company = TestCompany.create(jdbc, passwords);
		admin = WebSession.loggedIn(port, company.adminEmail(), TestCompany.PASSWORD);
	}

	@Test
	void aReadOnlyKeyReadsButGets403OnPatch() {
		String secret = create("Reporting", "READ_ONLY");
		ApiClient api = new ApiClient(port, secret);
		assertThat(api.get("/api/v1/jobs").status()).isEqualTo(200);
		ApiClient.Answer patch = api.patch("/api/v1/jobs/" + UUID.randomUUID(), Map.of("title", "x"));
		assertThat(patch.status()).isEqualTo(403);
		assertThat(patch.contentType()).startsWith("application/problem+json");
		assertThat(patch.json().get("detail").asText()).contains("read-only");
		assertThat(api.post("/api/v1/jobs", Map.of("title", "x")).status()).isEqualTo(403);
	}

	@Test
	void aRevokedKeyGets401OnItsNextRequest() {
		String secret = create("Zapier", "READ_WRITE");
		ApiClient api = new ApiClient(port, secret);
		assertThat(api.get("/api/v1/jobs").status()).isEqualTo(200);
		String page = admin.get("/admin/api-keys").body();
		assertThat(page).contains("Zapier")
			.contains(secret.substring(0, 10) + "…")
			.contains("Read-write")
			.doesNotContain(secret);
		long id = jdbc.sql("SELECT id FROM api_keys WHERE company_id = :c AND name = 'Zapier'")
			.param("c", company.id())
			.query(Long.class)
			.single();
		assertThat(admin.get("/admin/api-keys/" + id + "/revoke").body()).contains("confirm-revoke");
		HttpResponse<String> revoked = admin.postForm("/admin/api-keys/" + id + "/revoke",
				Map.of("_csrf", admin.csrfToken("/admin/api-keys")));
		assertThat(revoked.statusCode()).isEqualTo(302);
		ApiClient.Answer refused = api.get("/api/v1/jobs");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.contentType()).startsWith("application/problem+json");
	}

	@Test
	void onlyTheHashIsStoredAndLastUseIsStampedAtMostOnceAMinute() {
		String secret = create("Hash check", "READ_WRITE");
		String stored = jdbc.sql("SELECT key_hash FROM api_keys WHERE company_id = :c AND name = 'Hash check'")
			.param("c", company.id())
			.query(String.class)
			.single();
		assertThat(stored).hasSize(64).isNotEqualTo(secret);
		ApiClient api = new ApiClient(port, secret);
		api.get("/api/v1/jobs");
		Object first = lastUsed();
		assertThat(first).isNotNull();
		api.get("/api/v1/jobs");
		assertThat(lastUsed()).isEqualTo(first);
	}

	private Object lastUsed() {
		return jdbc.sql("SELECT last_used_at FROM api_keys WHERE company_id = :c AND name = 'Hash check'")
			.param("c", company.id())
			.query(java.sql.Timestamp.class)
			.single();
	}

	private String create(String name, String scope) {
		HttpResponse<String> created = admin.postForm("/admin/api-keys",
				Map.of("_csrf", admin.csrfToken("/admin/api-keys"), "name", name, "scope", scope));
		assertThat(created.statusCode()).isEqualTo(302);
		String page = admin.get("/admin/api-keys").body();
		assertThat(admin.get("/admin/api-keys").body()).as("shown once").doesNotContain("new-key-secret");
		Matcher matcher = Pattern.compile("id=\"new-key-secret\"[^>]*value=\"(cd_[^\"]+)\"").matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
