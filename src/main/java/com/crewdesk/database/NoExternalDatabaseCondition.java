package com.crewdesk.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when neither {@code spring.datasource.url} nor {@code SPRING_DATASOURCE_URL} is
 * set.
 */
public class NoExternalDatabaseCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String url = context.getEnvironment().getProperty("spring.datasource.url");
		return StringUtils.hasText(url) ? ConditionOutcome.noMatch("spring.datasource.url is set: using that database")
				: ConditionOutcome.match("no spring.datasource.url: starting embedded PostgreSQL");
	}

	public static boolean embeddedMode(org.springframework.core.env.Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

}
