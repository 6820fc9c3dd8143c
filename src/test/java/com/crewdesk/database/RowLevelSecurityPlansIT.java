package com.crewdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Under a row-level security policy PostgreSQL may use an index for a condition only when
 * every function the condition applies to a column is LEAKPROOF (V24). These plans would
 * fall back to reading every row of the company if a filter lost its index. Sequential
 * and plain index scans are turned off so that the plan shows which conditions an index
 * can take, whatever the size of the test data.
 */
@CrewdeskIntegrationTest
class RowLevelSecurityPlansIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theJobSearchPlansAsWithoutThePolicy() {
		assertSamePlanAsWithoutThePolicy(
				"SELECT id FROM jobs j WHERE company_id = :company AND j.search_text LIKE '%qzxv%'");
	}

	@Test
	void theJobNumberSearchPlansAsWithoutThePolicy() {
		assertSamePlanAsWithoutThePolicy(
				"SELECT id FROM jobs j WHERE company_id = :company AND substr(j.job_number, 5) LIKE '%4242%'");
	}

	/**
	 * The digits of a job number are indexed on their own, without the company as a key,
	 * and in no index that has it (V27): under the policy the company key is always part
	 * of the lookup when the index has it, and with it a digits search walked every job
	 * of the company (12-17 ms for a million; JobListBenchmark "search number digits").
	 * Which index the planner takes depends on the data, so this checks the indexes
	 * themselves.
	 */
	@Test
	void theJobNumberDigitsAreIndexedWithoutTheCompanyKey() {
		List<String> digitsIndexes = jdbc
			.sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'jobs' AND indexdef LIKE '%substr(%job_number%'")
			.query(String.class)
			.list();
		assertThat(digitsIndexes).singleElement()
			.asString()
			.contains("jobs_number_digits_idx", "gin_trgm_ops")
			.doesNotContain("company_id");
	}

	@Test
	void theCustomerSearchPlansAsWithoutThePolicy() {
		assertSamePlanAsWithoutThePolicy(
				"SELECT id FROM customers WHERE company_id = :company AND search_text LIKE '%qzxv%'");
	}

	@Test
	void theCustomerTagFilterUsesItsIndexUnderThePolicy() {
		assertThat(plan("SELECT id FROM customers WHERE company_id = :company AND tags @> ARRAY['VIP'::text]"))
			.contains("Bitmap Index Scan on customers_tags_idx")
			.contains("Index Cond: (tags @> '{VIP}'::text[])");
	}

	@Test
	void theImportsExternalIdLookupUsesItsIndexUnderThePolicy() {
		assertThat(
				plan("""
						SELECT id FROM customers WHERE company_id = :company
						  AND (external_data -> '6d1e3b52-4c1f-4c2e-9a57-1b0e2f5a7c31' ->> 'external_id') = ANY(ARRAY['C-1'])"""))
			.contains("customers_import_external_id_idx")
			.contains("->> 'external_id'::text) = ANY ('{C-1}'::text[])))");
	}

	/**
	 * The policy adds one check of the setting (a "One-Time Filter" over the plan); the
	 * rest of the plan must be the one the owner gets, who is not under the policy, with
	 * the same index conditions (whichever index the costs pick on the test data).
	 */
	private void assertSamePlanAsWithoutThePolicy(String sql) {
		String underPolicy = plan(sql).replaceAll("(?m)^Result .*\n.*One-Time Filter: .*\n", "")
			.replaceAll("(?m)^  ->  ", "")
			.replaceAll("(?m)^      ", "");
		assertThat(withoutCosts(underPolicy)).isEqualTo(withoutCosts(explain(sql)));
	}

	/** The policy's one-time check adds a fraction to each node's cost. */
	private static String withoutCosts(String plan) {
		return plan.replaceAll("\\(cost=[^)]*\\)", "");
	}

	private String plan(String sql) {
		long acme = acme();
		return Tenancy.forCompany(acme, () -> explain(sql));
	}

	private long acme() {
		return jdbc.sql("SELECT id FROM companies WHERE name = 'Acme Roofing'").query(Long.class).single();
	}

	private String explain(String sql) {
		long acme = acme();
		return transaction.execute(status -> {
			jdbc.sql("SET LOCAL enable_seqscan = off").update();
			jdbc.sql("SET LOCAL enable_indexscan = off").update();
			List<String> lines = jdbc.sql("EXPLAIN " + sql.replace(":company", Long.toString(acme)))
				.query(String.class)
				.list();
			return String.join("\n", lines);
		});
	}

}
