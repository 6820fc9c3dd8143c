package com.crewdesk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderGuessTest {

	private static Optional<String> customers(String header) {
		return ImportKind.CUSTOMERS.guess(header, List.of("gate_code"), Map.of("gate_code", "Gate Code"));
	}

	@Test
	void spacedSnakeAndCamelCaseHeadersMeanTheSameField() {
		assertThat(customers("First Name")).contains("first_name");
		assertThat(customers("first_name")).contains("first_name");
		assertThat(customers("FirstName")).contains("first_name");
		assertThat(customers("  LAST-NAME ")).contains("last_name");
	}

	@Test
	void commonSynonymsAreRecognised() {
		assertThat(customers("E-mail")).contains("email");
		assertThat(customers("Zip Code")).contains("zip");
		assertThat(customers("Postal code")).contains("zip");
		assertThat(customers("Phone Number")).contains("phone");
		assertThat(customers("ID")).contains("external_id");
	}

	@Test
	void customFieldsAreMatchedByKeyOrLabel() {
		assertThat(customers("gate_code")).contains("custom:gate_code");
		assertThat(customers("Gate Code")).contains("custom:gate_code");
	}

	@Test
	void unknownHeadersAreIgnored() {
		assertThat(customers("Favourite colour")).isEmpty();
		assertThat(customers("")).isEmpty();
	}

	@Test
	void jobHeadersMapToJobFieldsAndReferences() {
		assertThat(ImportKind.JOBS.guess("Customer E-mail", List.of(), Map.of())).contains("customer_email");
		assertThat(ImportKind.JOBS.guess("Technician", List.of(), Map.of())).contains("technician_email");
		assertThat(ImportKind.JOBS.guess("Scheduled Date", List.of(), Map.of())).contains("scheduled_date");
	}

}
