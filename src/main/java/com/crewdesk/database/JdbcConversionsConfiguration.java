package com.crewdesk.database;

import java.util.List;
import org.postgresql.util.PGobject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;

/**
 * jsonb columns are mapped to String fields on aggregates; the driver hands them over as
 * PGobject.
 */
@Configuration(proxyBeanMethods = false)
class JdbcConversionsConfiguration {

	@Bean
	JdbcCustomConversions jdbcCustomConversions() {
		return new JdbcCustomConversions(List.of(new PgObjectToString()));
	}

	@ReadingConverter
	static class PgObjectToString implements Converter<PGobject, String> {

		@Override
		public String convert(PGobject source) {
			return source.getValue();
		}

	}

}
