package com.crewdesk.jobs.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * P18: a list date outside 1900–2200 never reaches PostgreSQL: the page drops it with a
 * notice, the API refuses it naming the parameter.
 */
class JobListDateRangeTest {

	@Test
	void aPageIgnoresADateOutsideTheRangeAndSaysSo() {
		JobListRequest request = JobListParameters
			.lenient(Map.of("from", List.of("+999999999-12-31"), "to", List.of("2200-12-31")));
		assertThat(request.filter().scheduledFrom()).isNull();
		assertThat(request.filter().scheduledTo()).isEqualTo(LocalDate.of(2200, 12, 31));
		assertThat(request.notices()).anySatisfy(notice -> assertThat(notice).contains("from").contains("1900–2200"));
	}

	@Test
	void theApiRefusesADateOutsideTheRangeNamingTheParameter() {
		assertThatThrownBy(() -> JobListParameters.strict(Map.of("scheduled_to", List.of("1899-12-31"))))
			.isInstanceOfSatisfying(InvalidListParameter.class,
					ex -> assertThat(ex.parameter()).isEqualTo("scheduled_to"))
			.hasMessageContaining("between 1900-01-01 and 2200-12-31");
	}

	@Test
	void theRangeEndsAreAccepted() {
		JobListRequest request = JobListParameters
			.strict(Map.of("scheduled_from", List.of("1900-01-01"), "scheduled_to", List.of("2200-12-31")));
		assertThat(request.filter().scheduledFrom()).isEqualTo(LocalDate.of(1900, 1, 1));
	}

}
