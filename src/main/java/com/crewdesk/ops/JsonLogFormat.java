package com.crewdesk.ops;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code CREWDESK_LOG_FORMAT=json} switches the console to JSON lines (Spring Boot's
 * structured logging, Elastic Common Schema; the MDC's traceId becomes a field). Runs
 * before the logging system starts.
 */
class JsonLogFormat implements EnvironmentPostProcessor {

	static final String VARIABLE = "CREWDESK_LOG_FORMAT";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String format = environment.getProperty(VARIABLE, environment.getProperty("crewdesk.log-format", ""));
		if ("json".equalsIgnoreCase(format.strip())
				&& !environment.containsProperty("logging.structured.format.console")) {
			environment.getPropertySources()
				.addLast(
						new MapPropertySource("crewdeskLogFormat", Map.of("logging.structured.format.console", "ecs")));
		}
	}

}
