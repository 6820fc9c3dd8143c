package com.crewdesk.jobs.list;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.patch.JobPriority;
import com.crewdesk.patch.JobStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobCountTest {

	private static final JobListScope DISPATCHER = new JobListScope(1, null);

	@Test
	void upToTheCapATotalIsExactAndAboveItSaysHowSureItIs() {
		assertThat(JobCount.ofCounted(4_845).display()).isEqualTo("4,845");
		assertThat(JobCount.ofCounted(4_845).isExact()).isTrue();
		assertThat(JobCount.ofCounted(10_001).display()).isEqualTo("10,000+");
		assertThat(JobCount.about(196_423).display()).isEqualTo("about 196,000");
		assertThat(JobCount.about(1_000_243).display()).isEqualTo("about 1,000,000");
		assertThat(JobCount.about(20_581).display()).isEqualTo("about 20,600");
		assertThat(JobCount.about(196_423).capped()).as("the API's total_is_exact is false").isTrue();
		assertThat(JobCount.about(196_423).pages(50)).as("the last page is not known").isNull();
		assertThat(JobCount.exact(120).pages(50)).isEqualTo(3);
	}

	@Test
	void onlyEstimatesOfOneFrequentColumnAreTrusted() {
		assertThat(JobListEstimate.trustworthy(DISPATCHER, JobFilter.NONE)).isTrue();
		assertThat(JobListEstimate.trustworthy(DISPATCHER,
				filter(List.of(JobStatus.SCHEDULED, JobStatus.NEW), null, null, false, null, null)))
			.isTrue();
		assertThat(
				JobListEstimate.trustworthy(DISPATCHER, filter(List.of(), JobPriority.HIGH, null, false, null, null)))
			.isTrue();
		assertThat(JobListEstimate.trustworthy(DISPATCHER, filter(List.of(), null, null, true, null, null))).isTrue();
		assertThat(JobListEstimate.trustworthy(DISPATCHER,
				filter(List.of(JobStatus.SCHEDULED), null, UUID.randomUUID(), false, null, null)))
			.as("two columns: their combination is a guess")
			.isFalse();
		assertThat(JobListEstimate.trustworthy(new JobListScope(1, UUID.randomUUID()),
				filter(List.of(JobStatus.SCHEDULED), null, null, false, null, null)))
			.as("a technician's own jobs by status")
			.isFalse();
		assertThat(JobListEstimate.trustworthy(DISPATCHER, filter(List.of(), null, null, false, "leak", null)))
			.isFalse();
		assertThat(JobListEstimate.trustworthy(DISPATCHER,
				filter(List.of(), null, null, false, null, LocalDate.of(2026, 12, 1))))
			.isFalse();
		assertThat(JobListEstimate.trustworthy(DISPATCHER,
				new JobFilter(List.of(), null, null, false, null, null, null, null, null, false,
						new JobFilter.Days(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)), null)))
			.as("jobs created in a week")
			.isFalse();
	}

	private static JobFilter filter(List<JobStatus> statuses, JobPriority priority, UUID assignee, boolean unassigned,
			String search, LocalDate from) {
		return new JobFilter(statuses, priority, assignee, unassigned, null, null, from, null, search, false, null,
				null);
	}

}
