package com.crewdesk.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A company's name, time zone and workers' rights are read once per request (a jobs page
 * asked three times), and again after the request changed them.
 */
@CrewdeskIntegrationTest
class CompanyGeneralSettingsIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CompanySettingsStore store;

	@Autowired
	CompanyNames names;

	long company;

	@BeforeEach
	void newCompany() {
		company = jdbc.sql("INSERT INTO companies (name) VALUES ('Read Once Ltd') RETURNING id")
			.query(Long.class)
			.single();
	}

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void withinARequestTheRowIsReadOnce() {
		inRequest();
		assertThat(names.nameOf(company)).isEqualTo("Read Once Ltd");
		renameInDatabase("Renamed Elsewhere");

		assertThat(names.nameOf(company)).isEqualTo("Read Once Ltd");
		assertThat(store.general(company).name()).isEqualTo("Read Once Ltd");

		inRequest();
		assertThat(names.nameOf(company)).isEqualTo("Renamed Elsewhere");
	}

	@Test
	void aChangeMadeInTheRequestIsReadAgain() {
		inRequest();
		GeneralSettings before = store.general(company);

		store.updateGeneral(company, new GeneralSettings("New Name", "Europe/Madrid", !before.workersEditJob()));

		assertThat(store.general(company))
			.isEqualTo(new GeneralSettings("New Name", "Europe/Madrid", !before.workersEditJob()));
		assertThat(names.nameOf(company)).isEqualTo("New Name");
	}

	@Test
	void outsideARequestEveryCallReads() {
		assertThat(names.nameOf(company)).isEqualTo("Read Once Ltd");
		renameInDatabase("Renamed Elsewhere");

		assertThat(names.nameOf(company)).isEqualTo("Renamed Elsewhere");
	}

	@Test
	void anUnknownCompanyHasNoName() {
		inRequest();
		assertThat(names.nameOf(Long.MAX_VALUE)).isEmpty();
	}

	private void inRequest() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
	}

	private void renameInDatabase(String name) {
		jdbc.sql("UPDATE companies SET name = :name WHERE id = :id").param("name", name).param("id", company).update();
	}

}
