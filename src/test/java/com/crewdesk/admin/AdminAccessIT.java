package com.crewdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewdesk.apikeys.ApiKeyScope;
import com.crewdesk.apikeys.ApiKeyService;
import com.crewdesk.audit.Acting;
import com.crewdesk.company.CompanySettingsService;
import com.crewdesk.patch.Actor;
import com.crewdesk.patch.Role;
import com.crewdesk.staff.StaffService;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every administration endpoint: an admin gets it, dispatchers, technicians and viewers
 * get 403 (from the URL rule and, behind it, from the services), and another company's
 * staff, keys and settings are 404.
 */
@CrewdeskIntegrationTest
class AdminAccessIT {

	private static final List<String> PAGES = List.of("/admin", "/admin/staff", "/admin/staff/new", "/admin/api-keys",
			"/admin/settings", "/admin/audit", "/admin/staff/%s", "/admin/api-keys/%s/revoke",
			"/admin/settings/fields/%s");

	private static final List<String> POSTS = List.of("/admin/staff", "/admin/staff/%s", "/admin/staff/%s/deactivate",
			"/admin/staff/%s/reactivate", "/admin/staff/%s/password", "/admin/api-keys", "/admin/api-keys/%s/revoke",
			"/admin/settings/general", "/admin/settings/fields", "/admin/settings/fields/%s",
			"/admin/settings/fields/%s/retire", "/admin/settings/fields/%s/move", "/admin/settings/steps",
			"/admin/settings/steps/%s", "/admin/settings/steps/%s/retire", "/admin/settings/steps/%s/move",
			"/admin/settings/tags", "/admin/settings/tags/%s", "/admin/settings/tags/%s/retire");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffService staff;

	@Autowired
	ApiKeyService keys;

	@Autowired
	CompanySettingsService settings;

	@Test
	void adminsOpenEveryPage() {
		WebSession admin = WebSession.loggedIn(port, "admin@acme.test", "admin");
		for (String page : PAGES) {
			String path = fill(page, acmeIds(page));
			assertThat(admin.get(path).statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void otherRolesGet403OnEveryPageAndPost() {
		for (String[] login : List.of(new String[] { "dispatch@acme.test", "dispatch" },
				new String[] { "tech@acme.test", "tech" }, new String[] { "viewer@acme.test", "viewer" })) {
			WebSession session = WebSession.loggedIn(port, login[0], login[1]);
			String token = session.csrfToken("/");
			for (String page : PAGES) {
				String path = fill(page, acmeIds(page));
				assertThat(session.get(path).statusCode()).as(login[0] + " GET " + path).isEqualTo(403);
			}
			for (String post : POSTS) {
				String path = fill(post, acmeIds(post));
				HttpResponse<String> response = session.postForm(path, Map.of("_csrf", token, "name", "X", "label", "X",
						"direction", "1", "entity", "JOB", "key", "X", "type", "TEXT", "role", "ADMIN"));
				assertThat(response.statusCode()).as(login[0] + " POST " + path).isEqualTo(403);
			}
		}
	}

	@Test
	void theServicesRefuseNonAdminsToo() {
		DemoData demo = new DemoData(jdbc);
		Acting dispatcher = new Acting(demo.acme(), Actor.staff(demo.staffId("dispatch@acme.test"), Role.DISPATCHER),
				"dispatch@acme.test");
		Acting apiKey = new Acting(demo.acme(), Actor.apiKey(1), "key");
		assertThatThrownBy(() -> staff.list(dispatcher, null, null)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> keys.create(dispatcher, "x", ApiKeyScope.READ_WRITE))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> settings.updateGeneral(apiKey, "x", "UTC", true))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> settings.addTag(dispatcher, "VIP")).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anotherCompanysStaffKeysAndSettingsAre404() {
		WebSession bolt = WebSession.loggedIn(port, "admin@bolt.test", "admin");
		String token = bolt.csrfToken("/admin/staff");
		for (String page : PAGES.stream().filter(p -> p.contains("%s")).toList()) {
			String path = fill(page, acmeIds(page));
			assertThat(bolt.get(path).statusCode()).as(path).isEqualTo(404);
		}
		for (String post : POSTS.stream().filter(p -> p.contains("%s")).toList()) {
			String path = fill(post, acmeIds(post));
			HttpResponse<String> response = bolt.postForm(path, Map.of("_csrf", token, "name", "Hijacked", "label",
					"Hijacked", "direction", "1", "role", "VIEWER"));
			assertThat(response.statusCode()).as("POST " + path).isEqualTo(404);
		}
		assertThat(
				jdbc.sql("SELECT count(*) FROM staff_users WHERE display_name = 'Hijacked'").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM api_keys WHERE revoked_at IS NOT NULL AND key_prefix = 'cd_demo_ac'")
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * Ids of Acme rows that the path needs (a person, a key, a field, a step; tags get a
	 * fresh one).
	 */
	private Object acmeIds(String path) {
		long acme = new DemoData(jdbc).acme();
		if (path.contains("/staff/")) {
			return new DemoData(jdbc).staffId("viewer@acme.test");
		}
		if (path.contains("/api-keys/")) {
			return jdbc.sql("SELECT id FROM api_keys WHERE company_id = :c ORDER BY id LIMIT 1")
				.param("c", acme)
				.query(Long.class)
				.single();
		}
		if (path.contains("/fields/")) {
			return jdbc.sql("SELECT id FROM custom_field_definitions WHERE company_id = :c ORDER BY id LIMIT 1")
				.param("c", acme)
				.query(Long.class)
				.single();
		}
		if (path.contains("/steps/")) {
			return jdbc.sql("SELECT id FROM checklist_steps WHERE company_id = :c ORDER BY id LIMIT 1")
				.param("c", acme)
				.query(Long.class)
				.single();
		}
		if (path.contains("/tags/")) {
			return jdbc.sql("INSERT INTO customer_tags (company_id, label, position) VALUES (:c, :l, 99) RETURNING id")
				.param("c", acme)
				.param("l", "tag-" + System.nanoTime())
				.query(Long.class)
				.single();
		}
		return "";
	}

	private static String fill(String pattern, Object id) {
		return pattern.contains("%s") ? String.format(pattern, id) : pattern;
	}

}
