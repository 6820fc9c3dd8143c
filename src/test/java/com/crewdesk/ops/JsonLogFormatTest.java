package com.crewdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class JsonLogFormatTest {

	@Test
	void jsonLogFormatSwitchesTheConsoleToStructuredLogging() {
		assertThat(consoleFormat(Map.of("CREWDESK_LOG_FORMAT", "json"))).isEqualTo("ecs");
	}

	@Test
	void plainLogsStayPlain() {
		assertThat(consoleFormat(Map.of())).isNull();
		assertThat(consoleFormat(Map.of("CREWDESK_LOG_FORMAT", "text"))).isNull();
	}

	@Test
	void anExplicitStructuredFormatWins() {
		assertThat(
				consoleFormat(Map.of("CREWDESK_LOG_FORMAT", "json", "logging.structured.format.console", "logstash")))
			.isEqualTo("logstash");
	}

	private static String consoleFormat(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("given", properties));
		new JsonLogFormat().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty("logging.structured.format.console");
	}

}
