package com.crewdesk.jobs.list;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which job numbers a search term can stand in, decided from the term (numbers are always
 * "JOB-" and digits).
 */
class JobSearchTest {

	@ParameterizedTest
	@ValueSource(strings = { "job", "JOB-", "ob-", "b", "-", "J" })
	void aPieceOfTheNumberPrefixMatchesEveryJob(String term) {
		assertThat(JobSearch.of(term)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "JOB-0042", "job-0042", "ob-0042", "B-0042", "-0042" })
	void aTermRunningFromThePrefixIntoDigitsMatchesNumbersStartingSo(String term) {
		JobSearch search = JobSearch.of(term);
		assertThat(search.sql()).contains("j.job_number LIKE :numberStart").contains(JobSearch.TEXT + " LIKE :search");
		assertThat(search.params()).containsEntry("numberStart", "JOB-0042%")
			.containsEntry("search", "%" + term.toLowerCase() + "%");
	}

	@Test
	void digitsAloneMatchAnywhereInTheNumbersDigits() {
		JobSearch search = JobSearch.of("4242");
		assertThat(search.sql())
			.isEqualTo("(" + JobSearch.TEXT + " LIKE :search OR " + JobSearch.NUMBER_DIGITS + " LIKE :search)");
		assertThat(search.params()).containsExactlyEntriesOf(java.util.Map.of("search", "%4242%"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "leak", "job-00a", "0042-", "job 0042", "roof job-0042", "４２" })
	void anyOtherTermIsSearchedInTitleAndDescriptionOnly(String term) {
		JobSearch search = JobSearch.of(term);
		assertThat(search.sql()).isEqualTo(JobSearch.TEXT + " LIKE :search");
		assertThat(search.sql()).doesNotContain("job_number");
	}

	@Test
	void termsAreLowerCasedAndLikeWildcardsTakenLiterally() {
		assertThat(JobSearch.of("50%_Off\\").params()).containsEntry("search", "%50\\%\\_off\\\\%");
	}

}
