package com.crewdesk.jobs.list;

import static com.crewdesk.jobs.list.ListUrls.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.JobFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The list's SQL on real PostgreSQL, against a company of its own whose every job the
 * test knows.
 */
@CrewdeskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobListQueryIT {

	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@Autowired
	JobListQuery query;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	JobFixtures fixtures;

	long company;

	UUID dana;

	UUID luis;

	UUID ada;

	UUID zed;

	JobListScope office;

	@BeforeAll
	void createCompanyWithKnownJobs() {
		fixtures = new JobFixtures(jdbc);
		company = fixtures.company("Query Test Roofing " + UUID.randomUUID());
		dana = fixtures.staff(company, "Dana Test", "TECHNICIAN");
		luis = fixtures.staff(company, "Luis Test", "TECHNICIAN");
		ada = fixtures.customer(company, "Ada", "Lovelace", null);
		zed = fixtures.customer(company, null, null, "Zed Corp");
		office = new JobListScope(company, null);
		fixtures.job(company, ada, "Roof leak repair")
			.number("JOB-000101")
			.status("New")
			.priority("High")
			.assignee(dana)
			.scheduled(LocalDate.of(2026, 1, 10), LocalTime.of(9, 0), LocalTime.of(11, 0))
			.amount("100.00")
			.updatedAt(NOW.minusSeconds(60))
			.insert();
		fixtures.job(company, zed, "Gutter cleaning")
			.number("JOB-000102")
			.description("50% off_sale for ZED")
			.status("Scheduled")
			.priority("Normal")
			.scheduled(LocalDate.of(2026, 1, 20), null, null)
			.amount("200.00")
			.updatedAt(NOW.minusSeconds(120))
			.insert();
		fixtures.job(company, ada, "Skylight flashing")
			.number("JOB-000103")
			.description("Follow-up of job-000101")
			.status("In Progress")
			.priority("Low")
			.assignee(luis)
			.updatedAt(NOW.minusSeconds(180))
			.insert();
		fixtures.job(company, zed, "Old storm damage")
			.number("JOB-000104")
			.status("New")
			.priority("Emergency")
			.assignee(dana)
			.updatedAt(NOW.minusSeconds(240))
			.deleted()
			.insert();
		fixtures.job(company, zed, "Hail inspection")
			.number("JOB-000105")
			.status("Complete")
			.priority("Emergency")
			.assignee(dana)
			.scheduled(LocalDate.of(2026, 1, 31), null, null)
			.amount("5000.00")
			.updatedAt(NOW.minusSeconds(300))
			.insert();
	}

	@Test
	void withoutFiltersShowsLiveJobsNewestActivityFirst() {
		JobListPage page = query.page(office, request(""));
		assertThat(numbers(page)).containsExactly("JOB-000101", "JOB-000102", "JOB-000103", "JOB-000105");
		assertThat(page.total()).isEqualTo(new JobCount(4, false));
		assertThat(page.rows().get(0).customerName()).isEqualTo("Ada Lovelace");
		assertThat(page.rows().get(0).assigneeName()).isEqualTo("Dana Test");
		assertThat(page.rows().get(1).customerName()).isEqualTo("Zed Corp");
		assertThat(page.rows().get(1).assigneeName()).isNull();
	}

	@Test
	void severalStatusesAtOnce() {
		assertThat(numbers(query.page(office, request("status=New&status=Complete")))).containsExactly("JOB-000101",
				"JOB-000105");
	}

	@Test
	void priority() {
		assertThat(numbers(query.page(office, request("priority=Emergency")))).containsExactly("JOB-000105");
	}

	@Test
	void assigneeAndUnassigned() {
		assertThat(numbers(query.page(office, request("assignee=" + dana)))).containsExactly("JOB-000101",
				"JOB-000105");
		assertThat(numbers(query.page(office, request("assignee=unassigned")))).containsExactly("JOB-000102");
	}

	@Test
	void customer() {
		assertThat(numbers(query.page(office, request("customer=" + ada)))).containsExactly("JOB-000101", "JOB-000103");
	}

	@Test
	void scheduledRangeIncludesBothEnds() {
		assertThat(numbers(query.page(office, request("from=2026-01-10&to=2026-01-20")))).containsExactly("JOB-000101",
				"JOB-000102");
		assertThat(numbers(query.page(office, request("from=2026-01-21")))).containsExactly("JOB-000105");
	}

	@Test
	void searchFindsTitleDescriptionAndJobNumberIgnoringCase() {
		assertThat(numbers(query.page(office, request("q=SKYLIGHT")))).containsExactly("JOB-000103");
		assertThat(numbers(query.page(office, request("q=for+zed")))).containsExactly("JOB-000102");
		assertThat(numbers(query.page(office, request("q=job-000105")))).containsExactly("JOB-000105");
		assertThat(numbers(query.page(office, request("q=leak+repair")))).containsExactly("JOB-000101");
	}

	@Test
	void searchFindsJobNumbersByAnyPartOfThem() {
		assertThat(numbers(query.page(office, request("q=JOB-000101"))))
			.as("the number itself, and the job whose description names it")
			.containsExactly("JOB-000101", "JOB-000103");
		assertThat(numbers(query.page(office, request("q=b-00010")))).containsExactly("JOB-000101", "JOB-000102",
				"JOB-000103", "JOB-000105");
		assertThat(numbers(query.page(office, request("q=105")))).containsExactly("JOB-000105");
		assertThat(numbers(query.page(office, request("q=0010")))).containsExactly("JOB-000101", "JOB-000102",
				"JOB-000103", "JOB-000105");
		assertThat(numbers(query.page(office, request("q=Job")))).containsExactly("JOB-000101", "JOB-000102",
				"JOB-000103", "JOB-000105");
		assertThat(numbers(query.page(office, request("q=job-0002")))).isEmpty();
		assertThat(numbers(query.page(office, request("q=job-000104")))).as("deleted").isEmpty();
		assertThat(numbers(query.page(office, request("deleted=true&q=job-000104")))).containsExactly("JOB-000104");
	}

	@Test
	void searchTakesPercentAndUnderscoreLiterally() {
		assertThat(numbers(query.page(office, request("q=50%25")))).containsExactly("JOB-000102");
		assertThat(numbers(query.page(office, request("q=off_sale")))).containsExactly("JOB-000102");
		assertThat(numbers(query.page(office, request("q=%25")))).containsExactly("JOB-000102");
		assertThat(numbers(query.page(office, request("q=_")))).containsExactly("JOB-000102");
	}

	@Test
	void filtersCombine() {
		assertThat(numbers(query.page(office, request("status=New&status=Complete&assignee=" + dana + "&q=hail"))))
			.containsExactly("JOB-000105");
		assertThat(numbers(query.page(office, request("status=Scheduled&assignee=" + dana)))).isEmpty();
	}

	@Test
	void showDeletedIncludesSoftDeletedJobsMarkedAsDeleted() {
		JobListPage page = query.page(office, request("deleted=true&status=New"));
		assertThat(numbers(page)).containsExactly("JOB-000101", "JOB-000104");
		assertThat(page.rows()).extracting(JobListRow::deleted).containsExactly(false, true);
	}

	@Test
	void sortsByEveryColumnBothWays() {
		assertThat(numbers(query.page(office, request("sort=number&dir=desc")))).containsExactly("JOB-000105",
				"JOB-000103", "JOB-000102", "JOB-000101");
		assertThat(numbers(query.page(office, request("sort=title&dir=asc")))).containsExactly("JOB-000102",
				"JOB-000105", "JOB-000101", "JOB-000103");
		assertThat(numbers(query.page(office, request("sort=customer&dir=asc"))).subList(2, 4))
			.containsExactly("JOB-000102", "JOB-000105");
		assertThat(numbers(query.page(office, request("sort=status&dir=asc")))).containsExactly("JOB-000105",
				"JOB-000103", "JOB-000101", "JOB-000102");
		assertThat(numbers(query.page(office, request("sort=priority&dir=desc")))).containsExactly("JOB-000105",
				"JOB-000101", "JOB-000102", "JOB-000103");
		assertThat(numbers(query.page(office, request("sort=assignee&dir=asc")))).containsExactly("JOB-000101",
				"JOB-000105", "JOB-000103", "JOB-000102");
		assertThat(numbers(query.page(office, request("sort=assignee&dir=desc"))))
			.as("unassigned first, then Luis, then Dana")
			.containsExactly("JOB-000102", "JOB-000103", "JOB-000105", "JOB-000101");
		assertThat(numbers(query.page(office, request("sort=scheduled&dir=asc")))).containsExactly("JOB-000101",
				"JOB-000102", "JOB-000105", "JOB-000103");
		assertThat(numbers(query.page(office, request("sort=amount&dir=desc")))).containsExactly("JOB-000103",
				"JOB-000105", "JOB-000102", "JOB-000101");
		assertThat(numbers(query.page(office, request("sort=updated&dir=asc")))).containsExactly("JOB-000105",
				"JOB-000103", "JOB-000102", "JOB-000101");
	}

	@Test
	void theLastPageTellsTheExactTotalEvenPastTheCap() {
		JobListScope acme = new JobListScope(fixtures.companyId("Acme Roofing"), null);
		long exact = jdbc.sql("SELECT count(*) FROM jobs WHERE company_id = :c AND deleted_at IS NULL")
			.param("c", acme.companyId())
			.query(Long.class)
			.single();
		JobListPage last = query.page(acme, request("size=100&page=" + (exact + 99) / 100));
		assertThat(last.hasNext()).isFalse();
		assertThat(last.total()).isEqualTo(new JobCount(exact, false));
		// Other tests of the run add jobs to the demo company, so it may have passed the
		// cap: the kept counts tell the unfiltered list's total exactly either way.
		assertThat(query.page(acme, request("size=100")).total()).isEqualTo(JobCount.exact(exact));
	}

	@Test
	void aCountOutOfTimeSaysAtLeastHowManyItFound() {
		// Matches that arrive slowly, one every 2 ms: all 10,001 would take 20 s.
		String slowRows = """
				SELECT 1 FROM generate_series(1, :cap) g
				WHERE EXISTS (SELECT FROM pg_sleep(0.002 + g * 0))""";
		JobListCount hurried = new JobListCount(dataSource, transactions, Duration.ofMillis(300));

		long started = System.nanoTime();
		JobCount partial = hurried.count(slowRows, Map.of("cap", JobCount.CAP + 1));
		long tookMillis = (System.nanoTime() - started) / 1_000_000;

		assertThat(partial.kind()).isEqualTo(JobCount.Kind.AT_LEAST);
		assertThat(partial.value()).isLessThan(JobCount.CAP).isNotNegative();
		assertThat(partial.display()).endsWith("+");
		assertThat(partial.pages(25)).as("last page unknown").isNull();
		assertThat(tookMillis).as("stopped near its budget, not after 20 s").isLessThan(5_000);
	}

	@Test
	void aCountWhosePlanFindsNothingWithinItsBudgetIsCutShortNotWaitedFor() {
		// As a bitmap over a rare search term: nothing arrives until all of it is read.
		String slowStart = """
				SELECT 1 FROM (SELECT FROM pg_sleep(8)) first_everything, generate_series(1, 10) g LIMIT :cap""";
		JobListCount budgeted = new JobListCount(dataSource, transactions, Duration.ofMillis(100));

		long started = System.nanoTime();
		JobCount total = budgeted.count(slowStart, Map.of("cap", JobCount.CAP + 1));
		long tookMillis = (System.nanoTime() - started) / 1_000_000;

		assertThat(total).isEqualTo(JobCount.atLeast(0));
		assertThat(tookMillis).as("cut at its budget, not after 8 s").isLessThan(4_000);
		assertThat(total.noFewerThan(51).display()).as("the page's own rows are a lower bound").isEqualTo("51+");

		// The cut left no timeout on the pool's connections (the setting was local to the
		// count's transaction); a count with a budget no busy machine runs out of still
		// counts in full.
		assertThat(jdbc.sql("SELECT 1 FROM pg_sleep(0.3)").query(Integer.class).single())
			.as("a later statement is not cut at the count's 100 ms")
			.isEqualTo(1);
		JobListCount unhurried = new JobListCount(dataSource, transactions, Duration.ofSeconds(10));
		JobListQuery.Statement few = JobListQuery.countStatement(office, JobFilter.NONE);
		assertThat(unhurried.count(few.sql(), few.params())).as("the next count on the same pool runs in full")
			.isEqualTo(new JobCount(4, false));
	}

	@Test
	void aRangeOfDaysIsCountedFirstAndItsFewJobsAreSortedAsEverySortOrdersThem() {
		JobListScope acme = new JobListScope(fixtures.companyId("Acme Roofing"), null);
		String range = "from=2000-01-01&to=2100-12-31";
		long scheduled = jdbc
			.sql("SELECT count(*) FROM jobs WHERE company_id = :c AND scheduled_date IS NOT NULL"
					+ " AND deleted_at IS NULL")
			.param("c", acme.companyId())
			.query(Long.class)
			.single();
		assertThat(scheduled).as("more than two pages of 25").isGreaterThan(51).isLessThanOrEqualTo(JobCount.CAP);
		assertThat(JobListQuery.countsFirst(request(range).filter())).isTrue();
		assertThat(JobListQuery.countsFirst(request("status=Scheduled").filter())).isFalse();

		for (JobSort sort : JobSort.values()) {
			for (String dir : List.of("asc", "desc")) {
				JobListRequest second = request(range + "&size=25&page=2&sort=" + sort.param() + "&dir=" + dir);
				assertThat(ids(JobListQuery.pageOfFewStatement(acme, second))).as(sort + " " + dir)
					.hasSize(26)
					.isEqualTo(ids(JobListQuery.pageStatement(acme, second)));
			}
		}
		JobListPage page = query.page(acme, request(range + "&size=25&page=2"));
		assertThat(page.total()).isEqualTo(JobCount.exact(scheduled));
		assertThat(page.rows()).hasSize(25);
	}

	@Test
	void aSearchOfFewMatchesIsCountedWithItsPageInOneReadAndSortedAsEverySortOrdersThem() {
		long other = fixtures.company("Few Matches " + UUID.randomUUID());
		UUID client = fixtures.customer(other, "Fay", "Few", null);
		for (int i = 0; i < 80; i++) {
			fixtures.job(other, client, (i % 4 == 0 ? "Roof " : "Zebrawood deck ") + i)
				.number(String.format("JOB-%06d", 700 + i))
				.updatedAt(NOW.minusSeconds(i * 13L % 50))
				.insert();
		}
		JobListScope scope = new JobListScope(other, null);
		for (JobSort sort : JobSort.values()) {
			for (String dir : List.of("asc", "desc")) {
				JobListRequest second = request("q=zebrawood&size=25&page=2&sort=" + sort.param() + "&dir=" + dir);
				JobListPage few = query.pageOfFewCounted(scope, second).orElseThrow();
				assertThat(few.total()).as(sort + " " + dir).isEqualTo(JobCount.exact(60));
				assertThat(few.hasNext()).as(sort + " " + dir).isTrue();
				assertThat(few.rows()).extracting(JobListRow::uuid)
					.as(sort + " " + dir + ": the rows the usual page statement finds")
					.isEqualTo(ids(JobListQuery.pageStatement(scope, second)).subList(0, 25));
			}
		}
		assertThat(query.pageOfFewCounted(scope, request("q=zebrawood&size=25&page=4")))
			.as("past the end there is no row to carry the count")
			.isEmpty();
		assertThat(query.pageOfFewCounted(scope, request("q=nowhere-to-be-found"))).hasValueSatisfying(page -> {
			assertThat(page.rows()).isEmpty();
			assertThat(page.total()).isEqualTo(JobCount.exact(0));
		});
		JobListPage last = query.page(scope, request("q=zebrawood&size=25&page=3"));
		assertThat(last.rows()).hasSize(10);
		assertThat(last.total()).isEqualTo(JobCount.exact(60));
	}

	private List<UUID> ids(JobListQuery.Statement statement) {
		return jdbc.sql(statement.sql())
			.params(statement.params())
			.query((rs, n) -> rs.getObject("uuid", UUID.class))
			.list();
	}

	@Test
	void aPagePastTheEndStillCountsTheJobs() {
		JobListPage page = query.page(office, request("size=25&page=3"));
		assertThat(page.rows()).isEmpty();
		assertThat(page.total()).isEqualTo(new JobCount(4, false));
	}

	@Test
	void equalValuesAreOrderedByIdSoPagesNeitherOverlapNorSkip() {
		long other = fixtures.company("Tie Breakers " + UUID.randomUUID());
		UUID customer = fixtures.customer(other, "Tia", "Tie", null);
		List<String> inserted = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String number = String.format("JOB-%06d", i);
			fixtures.job(other, customer, "Same").number(number).status("Scheduled").updatedAt(NOW).insert();
			inserted.add(number);
		}
		JobListScope scope = new JobListScope(other, null);
		for (String sort : List.of("updated", "status", "title", "priority", "customer", "assignee", "scheduled",
				"amount")) {
			List<String> seen = new ArrayList<>(
					numbers(query.page(scope, request("size=25&sort=" + sort + "&dir=asc"))));
			seen.addAll(numbers(query.page(scope, request("size=25&page=2&sort=" + sort + "&dir=asc"))));
			assertThat(seen).as(sort).containsExactlyElementsOf(inserted);
		}
		assertThat(query.page(scope, request("size=25")).hasNext()).isTrue();
		assertThat(query.page(scope, request("size=25&page=2")).hasNext()).isFalse();
	}

	@Test
	void anotherCompanyNeverSeesTheseJobs() {
		JobListScope bolt = new JobListScope(fixtures.companyId("Bolt Plumbing"), null);
		assertThat(query.page(bolt, request("customer=" + ada)).rows()).isEmpty();
		for (String search : List.of("", "q=job-00010", "q=roof", "q=skylight")) {
			List<UUID> seen = query.page(bolt, request("deleted=true&size=100&" + search))
				.rows()
				.stream()
				.map(JobListRow::uuid)
				.toList();
			if (!seen.isEmpty()) {
				assertThat(jdbc.sql("SELECT count(*) FROM jobs WHERE uuid IN (:seen) AND company_id <> :bolt")
					.param("seen", seen)
					.param("bolt", bolt.companyId())
					.query(Long.class)
					.single()).as(search).isZero();
			}
		}
		assertThat(query.page(bolt, request("q=job-00010")).rows()).isNotEmpty();
		assertThat(query.page(new JobListScope(company, null), request("q=water+heater")).rows()).isEmpty();
	}

	@Test
	void technicianSeesOnlyJobsAssignedToThem() {
		JobListScope technician = new JobListScope(company, dana);
		assertThat(numbers(query.page(technician, request("")))).containsExactly("JOB-000101", "JOB-000105");
		assertThat(numbers(query.page(technician, request("assignee=" + luis)))).isEmpty();
		assertThat(numbers(query.page(technician, request("q=skylight")))).isEmpty();
		assertThat(query.count(technician, request("").filter())).isEqualTo(new JobCount(2, false));
	}

	@Test
	void countStopsAtTheCap() {
		assertThat(JobCount.ofCounted(10_001)).isEqualTo(new JobCount(10_000, true));
		assertThat(JobCount.ofCounted(10_001).display()).isEqualTo("10,000+");
		assertThat(JobCount.ofCounted(10_000).display()).isEqualTo("10,000");
		long acme = fixtures.companyId("Acme Roofing");
		long exact = jdbc.sql("SELECT count(*) FROM jobs WHERE company_id = :c AND deleted_at IS NULL")
			.param("c", acme)
			.query(Long.class)
			.single();
		JobListCount unhurried = new JobListCount(dataSource, transactions, Duration.ofSeconds(10));
		JobListQuery.Statement counted = JobListQuery.countStatement(new JobListScope(acme, null), JobFilter.NONE);
		assertThat(unhurried.count(counted.sql(), counted.params())).as("a count over the jobs stops at the cap")
			.isEqualTo(JobCount.ofCounted(exact));
		assertThat(query.count(new JobListScope(acme, null), JobFilter.NONE))
			.as("the list's total of no filter comes from the kept counts, past the cap too")
			.isEqualTo(JobCount.exact(exact));
	}

	@Test
	void pagesSortedByAssigneeOrCustomerFollowOneAnotherWithoutGapsOrRepeats() {
		long other = fixtures.company("Paging Sorts " + UUID.randomUUID());
		List<UUID> people = List.of(fixtures.staff(other, "Bo", "TECHNICIAN"),
				fixtures.staff(other, "Al", "TECHNICIAN"));
		// Two customers share a name: the customer's id orders their jobs.
		List<UUID> clients = List.of(fixtures.customer(other, "Yan", "Y", null),
				fixtures.customer(other, "Xia", "X", null), fixtures.customer(other, "Xia", "X", null));
		for (int i = 0; i < 60; i++) {
			fixtures.job(other, clients.get(i % 3), "Paged " + i)
				.number(String.format("JOB-%06d", 500 + i))
				.status(i % 2 == 0 ? "New" : "Scheduled")
				.updatedAt(NOW.minusSeconds(i * 7L % 50))
				.assignee(i % 3 == 2 ? null : people.get(i % 3))
				.insert();
		}
		JobListScope scope = new JobListScope(other, null);
		for (String sort : List.of("sort=assignee&dir=asc", "sort=assignee&dir=desc", "sort=customer&dir=asc",
				"sort=customer&dir=desc", "status=New&status=Scheduled&sort=updated&dir=desc",
				"status=New&status=Scheduled&sort=updated&dir=asc")) {
			List<String> all = numbers(query.page(scope, request(sort + "&size=100")));
			List<String> paged = new java.util.ArrayList<>();
			for (int page = 1; page <= 3; page++) {
				paged.addAll(numbers(query.page(scope, request(sort + "&size=25&page=" + page))));
			}
			assertThat(all).as(sort).hasSize(60);
			assertThat(paged).as(sort).isEqualTo(all);
		}
		for (String dir : List.of("asc", "desc")) {
			assertThat(numbers(query.page(scope, request("sort=customer&size=100&dir=" + dir))))
				.as("the unfiltered list by customer (cut from the customers' stream) in the order of a filtered one "
						+ "matching the same jobs (sorted whole), " + dir)
				.isEqualTo(numbers(
						query.page(scope, request("status=New&status=Scheduled&sort=customer&size=100&dir=" + dir))));
		}
		List<String> newestFirst = numbers(query.page(scope, request("status=New&status=Scheduled&size=100")));
		assertThat(newestFirst).as("the same order as one status-agnostic sort")
			.isEqualTo(numbers(query.page(scope, request("size=100"))));
		List<String> byAssignee = numbers(query.page(scope, request("sort=assignee&dir=asc&size=100")));
		assertThat(byAssignee.subList(0, 20)).as("Al's jobs first")
			.allMatch(n -> (Integer.parseInt(n.substring(4)) - 500) % 3 == 1);
		assertThat(byAssignee.subList(40, 60)).as("unassigned last")
			.allMatch(n -> (Integer.parseInt(n.substring(4)) - 500) % 3 == 2);
	}

	@Test
	void theWholeListByCustomerIsCutFromTheJoinAsItComesWithNoSortInBetween() {
		for (String dir : List.of("asc", "desc")) {
			JobListQuery.Statement page = JobListQuery.pageStatement(office,
					request("sort=customer&size=25&page=2&dir=" + dir));
			List<String> plan = jdbc.sql("EXPLAIN (COSTS OFF) " + page.sql())
				.params(page.params())
				.query(String.class)
				.list()
				.stream()
				.map(String::strip)
				.toList();
			int cut = plan.indexOf("->  Limit");
			assertThat(cut).as("the page's LIMIT, in %s", plan).isNotNegative();
			assertThat(plan.get(cut + 1))
				.as("the page is cut from the nested loop's output, which nothing sorts again (an unstable sort on "
						+ "the customer alone reorders one customer's jobs between pages): %s", plan)
				.isEqualTo("->  Nested Loop");
			assertThat(plan).as("no parallel plan gathers rows out of order")
				.noneMatch(line -> line.contains("Gather"));
		}
	}

	@Test
	void locationFilterMatchesOnlyThatLocationAndNeverAnotherCompanysJobs() {
		UUID warehouse = location(company, zed, "Zed warehouse");
		jdbc.sql(
				"UPDATE jobs SET location_id = :l WHERE company_id = :c AND job_number IN ('JOB-000102', 'JOB-000104', 'JOB-000105')")
			.param("l", warehouse)
			.param("c", company)
			.update();
		try {
			assertThat(numbers(query.page(office, request("location=" + warehouse)))).as("JOB-000104 is deleted")
				.containsExactlyInAnyOrder("JOB-000102", "JOB-000105");
			assertThat(numbers(query.page(office, request("location=" + warehouse + "&status=Complete"))))
				.containsExactly("JOB-000105");
			assertThat(numbers(query.page(office, request("location=" + warehouse + "&deleted=true"))))
				.containsExactlyInAnyOrder("JOB-000102", "JOB-000104", "JOB-000105");
			long other = fixtures.company("Location Others " + UUID.randomUUID());
			UUID foreign = location(other, fixtures.customer(other, "Olga", "Other", null), "Elsewhere");
			assertThat(query.page(office, request("location=" + foreign)).rows()).isEmpty();
			assertThat(query.page(new JobListScope(other, null), request("location=" + warehouse)).rows()).isEmpty();
		}
		finally {
			jdbc.sql("UPDATE jobs SET location_id = NULL WHERE company_id = :c").param("c", company).update();
		}
	}

	private UUID location(long companyId, UUID customer, String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO locations (id, company_id, customer_id, name) VALUES (:id, :c, :cu, :n)")
			.param("id", id)
			.param("c", companyId)
			.param("cu", customer)
			.param("n", name)
			.update();
		return id;
	}

	private static List<String> numbers(JobListPage page) {
		return page.rows().stream().map(JobListRow::jobNumber).toList();
	}

}
