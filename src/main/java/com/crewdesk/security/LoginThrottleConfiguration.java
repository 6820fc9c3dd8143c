package com.crewdesk.security;

import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bucket4j's buckets for {@link LoginThrottle}, one row per key in login_buckets (Flyway
 * V11).
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

	@Bean
	ProxyManager<String> loginBuckets(DataSource dataSource) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("login_buckets")
			.idColumn("id")
			.stateColumn("state")
			.build();
	}

}
