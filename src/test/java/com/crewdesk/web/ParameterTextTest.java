package com.crewdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The strict reading of query strings and form bodies that stands in front of Tomcat's
 * and Spring's lenient one.
 */
class ParameterTextTest {

	@Test
	void wellFormedTextPasses() {
		assertThat(ParameterText.check("status=In+Progress&q=%C3%BCber&empty=&flag")).isEmpty();
	}

	@Test
	void malformedEscapeNamesTheParameter() {
		assertThat(ParameterText.check("a=1&value=%zz")).hasValueSatisfying(p -> {
			assertThat(p.parameter()).isEqualTo("value");
			assertThat(p.message()).isEqualTo("has a malformed %-escape or is not UTF-8");
		});
		assertThat(ParameterText.check("value=%4")).isPresent();
	}

	@Test
	void bytesThatAreNotUtf8AreRefused() {
		assertThat(ParameterText.check("limit=%ff%fe"))
			.hasValueSatisfying(p -> assertThat(p.parameter()).isEqualTo("limit"));
		assertThat(ParameterText.check("q=%ED%A0%80")).isPresent();
	}

	@Test
	void nulInAValueIsRefused() {
		assertThat(ParameterText.check("search=a%00b")).hasValueSatisfying(p -> {
			assertThat(p.parameter()).isEqualTo("search");
			assertThat(p.message()).isEqualTo("must not contain a NUL character");
		});
	}

	@Test
	void controlCharactersInANameAreShownEscaped() {
		assertThat(ParameterText.check("lim%01it=1")).hasValueSatisfying(p -> {
			assertThat(p.parameter()).isEqualTo("lim\\u0001it");
			assertThat(p.message()).isEqualTo("parameter names must not contain control characters");
		});
	}

	@Test
	void nonAsciiDigitsAreNotHex() {
		assertThat(ParameterText.decode("%\u0661\u0662")).isEmpty();
	}

}
