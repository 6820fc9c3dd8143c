package com.crewdesk.jobs.list;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.JobFixtures;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list's totals from the counts kept per company (V20, V26) agree with counting the
 * jobs, for every filter on statuses, priority and assignee, through inserts, changes,
 * deletes and a compaction.
 */
@CrewdeskIntegrationTest
class JobListKeptCountIT {

	private static final String[] STATUSES = { "New", "Scheduled", "Complete" };

	private static final String[] PRIORITIES = { "Low", "Normal", "High", "Emergency" };

	@Autowired
	JobListKeptCount kept;

	@Autowired
	JobListQuery query;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyFilterOnStatusPriorityAndAssigneeIsCountedAsTheJobsAre() {
		JobFixtures fixtures = new JobFixtures(jdbc);
		long company = fixtures.company("Kept Counts " + UUID.randomUUID());
		UUID dana = fixtures.staff(company, "Dana Kept", "TECHNICIAN");
		UUID luis = fixtures.staff(company, "Luis Kept", "TECHNICIAN");
		UUID client = fixtures.customer(company, "Kim", "Kept", null);
		for (int i = 0; i < 48; i++) {
			JobFixtures.Job job = fixtures.job(company, client, "Kept " + i)
				.status(STATUSES[i % 3])
				.priority(PRIORITIES[i % 4])
				.assignee(i % 5 == 0 ? null : i % 2 == 0 ? dana : luis);
			if (i % 7 == 0) {
				job.deleted();
			}
			job.insert();
		}
		List<String> filters = List.of("", "status=New", "status=New&status=Complete", "priority=Emergency",
				"assignee=unassigned", "assignee=unassigned&priority=Emergency", "status=Scheduled&assignee=" + dana,
				"status=Complete&status=New&priority=Low&assignee=" + luis);
		assertAgree(company, filters, "as inserted");

		jdbc.sql("SELECT job_counts_compact()").query(Long.class).single();
		jdbc.sql("UPDATE jobs SET priority = 'Emergency', assigned_to_user_id = NULL"
				+ " WHERE company_id = :c AND title IN ('Kept 1', 'Kept 2', 'Kept 3')")
			.param("c", company)
			.update();
		jdbc.sql("UPDATE jobs SET deleted_at = now() WHERE company_id = :c AND title = 'Kept 4'")
			.param("c", company)
			.update();
		assertAgree(company, filters, "after a compaction, changes and a delete");

		long danasLive = jdbc
			.sql("SELECT count(*) FROM jobs WHERE company_id = :c AND assigned_to_user_id = :d AND deleted_at IS NULL")
			.param("c", company)
			.param("d", dana)
			.query(Long.class)
			.single();
		assertThat(kept.count(new JobListScope(company, dana), JobFilter.NONE)).as("a technician's own jobs")
			.isEqualTo(JobCount.exact(danasLive));
		assertThat(kept.count(new JobListScope(company, dana), ListUrls.request("assignee=" + luis).filter()))
			.as("a technician asking for another's jobs")
			.isEqualTo(JobCount.exact(0));
	}

	@Test
	void onlyFiltersOnStatusPriorityAndAssigneeAreAnsweredFromTheKeptCounts() {
		assertThat(JobListKeptCount.answers(ListUrls.request("status=New&priority=High&assignee=unassigned").filter()))
			.isTrue();
		for (String other : List.of("q=leak", "customer=" + UUID.randomUUID(), "from=2026-01-01", "deleted=true")) {
			assertThat(JobListKeptCount.answers(ListUrls.request(other).filter())).as(other).isFalse();
		}
	}

	private void assertAgree(long company, List<String> filters, String when) {
		JobListScope scope = new JobListScope(company, null);
		for (String filter : filters) {
			JobFilter parsed = ListUrls.request(filter).filter();
			long exact = JobListPlans.exactCount(jdbc, company, filter);
			assertThat(kept.count(scope, parsed)).as(filter + ", " + when).isEqualTo(JobCount.exact(exact));
			assertThat(query.count(scope, parsed)).as(filter + ", " + when + ", the list's total")
				.isEqualTo(JobCount.exact(exact));
		}
		assertThat(JobListPlans.exactCount(jdbc, company, "assignee=unassigned&priority=Emergency")).as(when)
			.isPositive();
	}

}
