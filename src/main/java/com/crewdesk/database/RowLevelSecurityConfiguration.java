package com.crewdesk.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;

/**
 * Puts every use of the application's DataSource under row-level security (see
 * {@link RowLevelSecurityDataSource}); migrations run as the owner.
 */
@Configuration(proxyBeanMethods = false)
class RowLevelSecurityConfiguration {

	/** The name of the one DataSource bean left unscoped (its method's name). */
	private static final String SESSION_TABLES = "sessionTablesDataSource";

	@Bean
	static BeanPostProcessor rowLevelSecurityDataSource(ObjectProvider<CompanyOfCaller> callers) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof RowLevelSecurityDataSource)
						&& !SESSION_TABLES.equals(beanName)) {
					return new RowLevelSecurityDataSource(dataSource, callers);
				}
				return bean;
			}
		};
	}

	/**
	 * Spring Session's tables (V4) have no company and no policy: their queries run on
	 * the pool as it is, without switching any connection's scope twice per request (once
	 * to load the session before the caller is known, once back for the caller's
	 * queries). Not a default candidate, so every other use of a DataSource still gets
	 * the scoped one.
	 */
	@Bean(defaultCandidate = false)
	@SpringSessionDataSource
	DataSource sessionTablesDataSource(DataSource dataSource) {
		return dataSource instanceof RowLevelSecurityDataSource scoped ? scoped.forTablesWithoutPolicies() : dataSource;
	}

	@Bean
	FlywayMigrationStrategy migrationsAcrossCompanies() {
		return flyway -> Tenancy.acrossCompanies("migrations change the tables of every company", flyway::migrate);
	}

}
