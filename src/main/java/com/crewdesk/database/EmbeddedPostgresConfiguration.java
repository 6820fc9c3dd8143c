package com.crewdesk.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL server shipped as a Maven artifact when no external database
 * is configured, so that {@code ./mvnw spring-boot:run} needs nothing but a JDK.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (StringUtils.hasText(properties.dataDir())) {
			Path dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
			Files.createDirectories(dataDir);
			builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
			log.info("Embedded PostgreSQL keeps its data in {}", dataDir);
		}
		else {
			log.info("Embedded PostgreSQL uses a throw-away data directory");
		}
		// The server is ours alone: room for a million-job data set in memory, and fewer
		// forced checkpoints
		// during large batches (PostgreSQL's defaults are 128MB and 1GB).
		builder.setServerConfig("shared_buffers", "512MB").setServerConfig("max_wal_size", "4GB");
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL listening at {}", postgres.getJdbcUrl("postgres", "postgres"));
		return postgres;
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.build();
	}

}
