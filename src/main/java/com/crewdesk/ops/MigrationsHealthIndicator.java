package com.crewdesk.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: the database has every migration this jar ships, and none failed. An
 * instance that starts while another one (or a separate migration step) is still running
 * Flyway stays out of the load balancer until the schema is the one it was built for. (An
 * instance that runs Flyway itself does not listen before it is done.)
 */
@Component("migrations")
class MigrationsHealthIndicator extends AbstractHealthIndicator {

	private static final Pattern VERSION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

	private final JdbcClient jdbc;

	private final Set<String> shipped;

	MigrationsHealthIndicator(JdbcClient jdbc,
			@Value("${spring.flyway.locations:classpath:db/migration}") List<String> locations) {
		super("Migrations check failed");
		this.jdbc = jdbc;
		this.shipped = shippedVersions(locations);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		List<SchemaRow> rows = jdbc.sql("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")
			.query((rs, n) -> new SchemaRow(rs.getString("version"), rs.getBoolean("success")))
			.list();
		Set<String> applied = new HashSet<>();
		Set<String> failed = new TreeSet<>();
		rows.forEach(row -> (row.success() ? applied : failed).add(row.version()));
		Set<String> pending = new TreeSet<>(shipped);
		pending.removeAll(applied);
		builder.withDetail("shipped", shipped.size()).withDetail("pending", pending).withDetail("failed", failed);
		if (pending.isEmpty() && failed.isEmpty()) {
			builder.up();
		}
		else {
			builder.outOfService();
		}
	}

	private record SchemaRow(String version, boolean success) {
	}

	private static Set<String> shippedVersions(List<String> locations) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Set<String> versions = new TreeSet<>();
		try {
			for (String location : locations) {
				String base = location.startsWith("classpath:")
						? "classpath*:" + location.substring("classpath:".length()) : location;
				for (Resource resource : resolver.getResources(base + "/*.sql")) {
					Matcher matcher = VERSION.matcher(String.valueOf(resource.getFilename()));
					if (matcher.matches()) {
						versions.add(normalise(matcher.group(1)));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return versions;
	}

	private static String normalise(String version) {
		return String.join(".", Arrays.asList(version.split("[._]")));
	}

}
