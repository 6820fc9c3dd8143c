package com.crewdesk.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts every use of the application's DataSource under row-level security (see
 * {@link RowLevelSecurityDataSource}); migrations run as the owner.
 */
@Configuration(proxyBeanMethods = false)
class RowLevelSecurityConfiguration {

	@Bean
	static BeanPostProcessor rowLevelSecurityDataSource(ObjectProvider<CompanyOfCaller> callers) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof RowLevelSecurityDataSource)) {
					return new RowLevelSecurityDataSource(dataSource, callers);
				}
				return bean;
			}
		};
	}

	@Bean
	FlywayMigrationStrategy migrationsAcrossCompanies() {
		return flyway -> Tenancy.acrossCompanies("migrations change the tables of every company", flyway::migrate);
	}

}
