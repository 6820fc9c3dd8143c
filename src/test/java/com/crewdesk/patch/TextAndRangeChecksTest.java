package com.crewdesk.patch;

import static com.crewdesk.patch.JobFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * P5/P18: values PostgreSQL cannot store are violations naming the field, never a
 * database error.
 */
class TextAndRangeChecksTest {

	@Test
	void nulInATextFieldIsRejectedByName() {
		assertThat(rejected(update(patch("internal_notes", "a\u0000b"))).messagesFor("internal_notes"))
			.containsExactly("must not contain a NUL character");
	}

	@Test
	void nulInAWorkerEmailIsRejectedBeforeAnyLookup() {
		assertThat(rejected(update(patch("worker", "tech@acme.test\u0000"))).messagesFor("worker"))
			.containsExactly("must not contain a NUL character");
	}

	@Test
	void nulDeepInsideACompositeValueIsRejected() {
		Patch patch = patch("external_data", Map.of("application_guid", "0f8fad5b-d9cb-469f-a165-70867728950e", "data",
				Map.of("k\u0000", List.of("x"))));

		assertThat(rejected(update(patch)).messagesFor("external_data"))
			.containsExactly("must not contain a NUL character");
	}

	@Test
	void nulInTheNestedCustomerIsRejected() {
		assertThat(rejected(update(patch("customer", Map.of("first_name", "\u0000")))).messagesFor("customer"))
			.containsExactly("must not contain a NUL character");
	}

	@Test
	void nulInAFieldNameIsReportedWithAVisibleEscape() {
		assertThat(rejected(update(patch("title\u0000", "x"))).messagesFor("title\\u0000"))
			.containsExactly("must not contain a NUL character");
	}

	@Test
	void datesOutsideYears1900To2200AreRejectedWithTheRange() {
		assertThat(rejected(update(patch("scheduled_date", "+999999999-12-31"))).messagesFor("scheduled_date"))
			.containsExactly("must be between 1900-01-01 and 2200-12-31");
		assertThat(rejected(update(patch("scheduled_date", "1899-12-31"))).messagesFor("scheduled_date"))
			.containsExactly("must be between 1900-01-01 and 2200-12-31");
		assertThat(applied(update(patch("scheduled_date", "2200-12-31"))).after().scheduledDate()).hasYear(2200);
	}

	@Test
	void timestampsOutsideYears1900To2200AreRejectedWithTheRange() {
		assertThat(rejected(update(patch("started_at", "-290308-01-01T00:00:00Z"))).messagesFor("started_at"))
			.containsExactly("must be between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59Z");
		assertThat(rejected(update(patch("completed_at", "2201-01-01T00:00:00Z"))).messagesFor("completed_at"))
			.containsExactly("must be between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59Z");
	}

	@Test
	void milestoneTimestampsHaveTheSameRange() {
		Patch patch = patch("milestones", Map.of("permit", Map.of("completed_at", "+99999-01-01T00:00:00Z")));

		assertThat(rejected(update(patch)).messagesFor("milestones.permit.completed_at"))
			.containsExactly("must be between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59Z");
	}

}
