package com.crewdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.ApiClient;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.DemoData;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Notifications belong to their recipient: only they see them and mark them read. */
@CrewdeskIntegrationTest
class NotificationsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	DemoData demo;

	@BeforeEach
	void setUp() {
		demo = new DemoData(jdbc);
	}

	/**
	 * Assigns a fresh job to {@code email} through the API and answers the id of their
	 * new notification.
	 */
	long notificationFor(String email) {
		UUID tech = demo.staffId(email);
		var created = new ApiClient(port, "cd_demo_acme_key").post("/api/v1/jobs", Map.of("title", "Notify IT",
				"customer_uuid", demo.customer("Acme Roofing", 7).toString(), "assigned_to_user_id", tech.toString()));
		assertThat(created.status()).isEqualTo(201);
		return jdbc
			.sql("SELECT n.id FROM notifications n JOIN jobs j ON j.id = n.job_id "
					+ "WHERE j.uuid = :job AND n.recipient_id = :tech")
			.param("job", UUID.fromString(created.data().get("uuid").asString()))
			.param("tech", tech)
			.query(Long.class)
			.single();
	}

	boolean isRead(long id) {
		return jdbc.sql("SELECT read FROM notifications WHERE id = :id").param("id", id).query(Boolean.class).single();
	}

	@Test
	void aUserCannotMarkAnotherUsersNotificationRead() {
		long danas = notificationFor("priya@acme.test");
		WebSession luis = WebSession.loggedIn(port, "luis@acme.test", "tech");

		HttpResponse<String> answer = luis.postForm("/notifications/" + danas + "/read",
				Map.of("_csrf", luis.csrfToken("/notifications")));

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(isRead(danas)).isFalse();
		assertThat(luis.get("/notifications").body()).doesNotContain("id=\"notification-" + danas + "\"");
	}

	@Test
	void theRecipientSeesAndMarksTheirNotificationRead() {
		long id = notificationFor("priya@acme.test");
		WebSession priya = WebSession.loggedIn(port, "priya@acme.test", "tech");
		assertThat(priya.get("/notifications").body()).contains("id=\"notification-" + id + "\"")
			.contains("id=\"notification-count\"");

		HttpResponse<String> answer = priya.postForm("/notifications/" + id + "/read",
				Map.of("_csrf", priya.csrfToken("/notifications")));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(isRead(id)).isTrue();
		assertThat(priya.get("/notifications/badge", Map.of("HX-Request", "true")).body())
			.contains("id=\"notification-count\"");
	}

	@Test
	void markAllReadTouchesOnlyTheCallersNotifications() {
		long samsNotification = notificationFor("sam@acme.test");
		long priyasNotification = notificationFor("priya@acme.test");
		WebSession sam = WebSession.loggedIn(port, "sam@acme.test", "tech");

		sam.postForm("/notifications/read-all", Map.of("_csrf", sam.csrfToken("/notifications")));

		assertThat(isRead(samsNotification)).isTrue();
		assertThat(isRead(priyasNotification)).isFalse();
	}

}
