package com.crewdesk.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customers list screen over HTTP, as each role gets it. */
@CrewdeskIntegrationTest
class CustomerListPageIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void searchFindsCustomersByNameEmailOrPhoneFragment() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		Map<String, Object> someone = jdbc.sql("""
				SELECT list_name, email, phone FROM customers
				WHERE company_id = (SELECT id FROM companies WHERE name = 'Acme Roofing') AND deleted_at IS NULL
				  AND email IS NOT NULL AND phone IS NOT NULL
				ORDER BY id LIMIT 1""").query().singleRow();
		String email = (String) someone.get("email");
		String emailFragment = email.substring(0, email.indexOf('@')).toUpperCase();
		assertThat(cells(session.get("/customers?q=" + emailFragment).body(), "customer-email")).isNotEmpty()
			.allSatisfy(cell -> assertThat(cell.toLowerCase()).contains(emailFragment.toLowerCase()));
		String digits = ((String) someone.get("phone")).replaceAll("\\D", "");
		String phoneFragment = digits.substring(digits.length() - 7);
		assertThat(cells(session.get("/customers?q=" + phoneFragment).body(), "customer-phone")).isNotEmpty()
			.allSatisfy(cell -> assertThat(cell.replaceAll("\\D", "")).contains(phoneFragment));
		String name = (String) someone.get("list_name");
		// "Alpine Dental (Ana Jackson)": search by the company's or the person's name
		String nameFragment = name.contains(" (") ? name.substring(0, name.indexOf(" (")) : name;
		assertThat(links(session.get("/customers?q=" + nameFragment.replace(" ", "+")).body())).contains(name);
	}

	@Test
	void filtersNarrowTheListAndTheUrlHoldsThem() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		HttpResponse<String> fragment = session.get("/customers?type=Commercial&q=&active=&dns=&tag=&size=25",
				Map.of("HX-Request", "true"));
		assertThat(fragment.headers().firstValue("HX-Push-Url")).contains("/customers?type=Commercial&size=25");
		assertThat(fragment.body()).doesNotContain("id=\"customer-filters\"");
		assertThat(cells(fragment.body(), "customer-type")).hasSizeBetween(1, 25).containsOnly("Commercial");
		assertThat(session.get("/customers?dns=true").body()).contains("Do not service")
			.doesNotContain("<td class=\"customer-flags\">\n            \n");
	}

	@Test
	void totalsCountTheMatchesLikeTheJobsList() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		long live = jdbc.sql("""
				SELECT count(*) FROM customers
				WHERE company_id = (SELECT id FROM companies WHERE name = 'Acme Roofing') AND deleted_at IS NULL""")
			.query(Long.class)
			.single();
		String body = session.get("/customers?size=100").body();
		assertThat(body).contains("<strong id=\"customer-total\">" + String.format("%,d", live) + "</strong>")
			.contains("Showing 1–100");
		assertThat(links(body)).hasSize(100);
	}

	@Test
	void columnHeadersSortTheListAndSayHow() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		String byType = session.get("/customers?sort=customer_type&size=100").body();
		List<String> types = cells(byType, "customer-type");
		assertThat(types).hasSize(100).isSorted();
		assertThat(byType)
			.containsPattern("<th scope=\"col\" aria-sort=\"ascending\">\\s*<a class=\"sort-link\" "
					+ "id=\"sort-customer_type\" href=\"/customers\\?sort=-customer_type&amp;size=100\">Type</a>")
			.containsPattern(
					"aria-sort=\"none\">\\s*<a class=\"sort-link\" id=\"sort-name\" href=\"/customers\\?size=100\"")
			.containsPattern("id=\"sort-created_at\" href=\"/customers\\?sort=-created_at&amp;size=100\"")
			.contains("name=\"sort\" form=\"customer-filters\" id=\"list-sort\" value=\"customer_type\"");
		assertThat(cells(session.get("/customers?sort=-customer_type&size=100").body(), "customer-type"))
			.isSortedAccordingTo(Comparator.reverseOrder());
		String newestSecondPage = session.get("/customers?sort=-created_at&size=25&page=2").body();
		assertThat(newestSecondPage)
			.containsPattern("aria-sort=\"descending\">\\s*<a class=\"sort-link\" id=\"sort-created_at\"");
		assertThat(links(newestSecondPage)).containsExactlyElementsOf(jdbc.sql("""
				SELECT list_name FROM customers
				WHERE company_id = (SELECT id FROM companies WHERE name = 'Acme Roofing') AND deleted_at IS NULL
				ORDER BY created_at DESC, id DESC LIMIT 25 OFFSET 25""").query(String.class).list());
	}

	@Test
	void pastItsCapTheTotalIsAnEstimateOrALowerBoundAndNeverTooLow() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		jdbc.sql(
				"""
						INSERT INTO customers (id, company_id, last_name, deleted_at)
						SELECT gen_random_uuid(), (SELECT id FROM companies WHERE name = 'Acme Roofing'), 'Capperson ' || n, now()
						FROM generate_series(1, 1100) n""")
			.update();
		try {
			jdbc.sql("ANALYZE customers").update();
			long all = jdbc.sql("""
					SELECT count(*) FROM customers
					WHERE company_id = (SELECT id FROM companies WHERE name = 'Acme Roofing')""")
				.query(Long.class)
				.single();
			assertThat(total(session.get("/customers?deleted=true&q=capperson").body())).isEqualTo("1,000+");
			assertThat(total(session.get("/customers?deleted=true&q=capperson&page=20&size=50").body()))
				.isEqualTo("1,001+");
			String about = total(session.get("/customers?deleted=true").body());
			assertThat(about).startsWith("about ");
			assertThat(Long.parseLong(about.substring("about ".length()).replace(",", ""))).isBetween(all * 95 / 100,
					all * 105 / 100);
			assertThat(total(session.get("/customers?deleted=true&q=capperson&page=22&size=50").body()))
				.isEqualTo("1,100");
		}
		finally {
			jdbc.sql("DELETE FROM customers WHERE last_name LIKE 'Capperson %'").update();
		}
	}

	private static String total(String html) {
		Matcher total = Pattern.compile("<strong id=\"customer-total\">([^<]*)</strong>").matcher(html);
		assertThat(total.find()).as(html).isTrue();
		return total.group(1);
	}

	@Test
	void badParametersNeverFailTheRequest() {
		WebSession session = WebSession.loggedIn(port, "dispatch@acme.test", "dispatch");
		for (String query : List.of("type=Martian", "active=maybe", "dns=1", "sort=password", "size=1000", "page=0",
				"page=abc", "q=" + "x".repeat(300), "tag=nope", "q=%25_%5C")) {
			assertThat(session.get("/customers?" + query).statusCode()).as(query).isEqualTo(200);
		}
	}

	@Test
	void viewersReadTheListButTechniciansMayNotOpenIt() {
		WebSession viewer = WebSession.loggedIn(port, "viewer@acme.test", "viewer");
		HttpResponse<String> page = viewer.get("/customers");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"nav-customers\"").doesNotContain("id=\"new-customer\"");
		WebSession technician = WebSession.loggedIn(port, "tech@acme.test", "tech");
		assertThat(technician.get("/customers").statusCode()).isEqualTo(403);
		assertThat(technician.get("/jobs").body()).doesNotContain("id=\"nav-customers\"");
		assertThat(technician.get("/customers/new").statusCode()).isEqualTo(403);
	}

	static List<String> cells(String html, String cellClass) {
		Matcher cell = Pattern.compile("<td class=\"" + cellClass + "\">(.*?)</td>", Pattern.DOTALL).matcher(html);
		List<String> texts = new ArrayList<>();
		while (cell.find()) {
			texts.add(cell.group(1).replaceAll("<[^>]+>", "").strip());
		}
		return texts;
	}

	static List<String> links(String html) {
		Matcher link = Pattern.compile("class=\"customer-link\" href=\"/customers/[0-9a-f-]{36}\">(.*?)</a>")
			.matcher(html);
		List<String> names = new ArrayList<>();
		while (link.find()) {
			names.add(link.group(1).replace("&#39;", "'").replace("&amp;", "&"));
		}
		return names;
	}

}
