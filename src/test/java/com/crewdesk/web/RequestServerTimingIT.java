package com.crewdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages, fragments and API answers carry their server time; static assets do not. */
@CrewdeskIntegrationTest
class RequestServerTimingIT {

	private static final Pattern APP = Pattern.compile("app;dur=([0-9.]+), cpu;dur=([0-9.]+)");

	@LocalServerPort
	int port;

	@Test
	void pagesAndFragmentsSayHowLongTheServerTookAndAssetsDoNot() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		for (HttpResponse<String> response : new HttpResponse[] { session.get("/jobs"),
				session.get("/jobs?status=Scheduled", Map.of("HX-Request", "true")), session.get("/customers") }) {
			assertThat(response.statusCode()).isEqualTo(200);
			Matcher timing = APP.matcher(String.join(",", response.headers().allValues("Server-Timing")));
			assertThat(timing.find()).as(response.uri().toString()).isTrue();
			assertThat(Double.parseDouble(timing.group(1))).isPositive();
		}
		String page = session.get("/jobs").body();
		Matcher stylesheet = Pattern.compile("href=\"(/assets/[^\"]+\\.css)\"").matcher(page);
		assertThat(stylesheet.find()).isTrue();
		HttpResponse<String> asset = session.get(stylesheet.group(1));
		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().allValues("Server-Timing")).isEmpty();
	}

}
