package com.crewdesk.customers.list.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.customers.list.CustomerListRow;
import com.crewdesk.web.DisplayFormats;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CustomerRowsHtmlTest {

	private final CustomerRowsHtml rows = new CustomerRowsHtml(new DisplayFormats(), "");

	@Test
	void aRowLinksToTheCustomerAndShowsEachColumn() {
		UUID id = UUID.randomUUID();
		Element tr = row(new CustomerListRow(id, "Doe, Jane", "Residential", "jane@example.com", "+17205550100", null,
				null, "Denver", "CO", null, null, null, true, false, List.of("VIP", "Gutter"),
				Instant.parse("2026-11-23T10:00:00Z"), null));

		assertThat(tr.id()).isEqualTo("customer-" + id);
		assertThat(tr.selectFirst(".customer-link").attr("href")).isEqualTo("/customers/" + id);
		assertThat(tr.selectFirst(".customer-link").text()).isEqualTo("Doe, Jane");
		assertThat(tr.selectFirst(".customer-type").text()).isEqualTo("Residential");
		assertThat(tr.selectFirst(".customer-email").text()).isEqualTo("jane@example.com");
		assertThat(tr.selectFirst(".customer-phone").text()).isEqualTo("+17205550100");
		assertThat(tr.selectFirst(".customer-city").text()).isEqualTo("Denver, CO");
		assertThat(tr.selectFirst(".customer-tags").text()).isEqualTo("VIP, Gutter");
		assertThat(tr.selectFirst(".customer-flags").children()).isEmpty();
		assertThat(tr.selectFirst(".customer-created").text()).isEqualTo("2026-11-23 10:00 UTC");
	}

	@Test
	void flagsShowDoNotServiceInactiveAndDeleted() {
		Element tr = row(new CustomerListRow(UUID.randomUUID(), "Acme Co", "Commercial", null, null, null, null, null,
				null, null, null, null, false, true, List.of(), Instant.parse("2026-11-23T10:00:00Z"),
				Instant.parse("2026-11-30T10:00:00Z")));

		assertThat(tr.hasClass("job-deleted")).isTrue();
		assertThat(tr.select(".customer-flags .badge")).extracting(Element::text)
			.containsExactly("Do not service", "Inactive", "Deleted");
		assertThat(tr.selectFirst(".customer-city").text()).isEmpty();
		assertThat(tr.selectFirst(".customer-email").text()).isEmpty();
	}

	@Test
	void everyTextIsEscaped() {
		String html = rows.html(List.of(new CustomerListRow(UUID.randomUUID(), "<img src=x onerror=alert(1)>",
				"Residential", "a\"b@example.com", null, null, null, "O'Fallon", "MO", null, null, null, true, false,
				List.of("<b>"), Instant.parse("2026-11-23T10:00:00Z"), null)));

		assertThat(html).doesNotContain("<img").doesNotContain("<b>").contains("&lt;img src=x onerror=alert(1)&gt;");
		Element tr = Jsoup.parse("<table><tbody>" + html + "</tbody></table>").selectFirst("tr");
		assertThat(tr.selectFirst(".customer-link").text()).isEqualTo("<img src=x onerror=alert(1)>");
		assertThat(tr.selectFirst(".customer-city").text()).isEqualTo("O'Fallon, MO");
	}

	private Element row(CustomerListRow row) {
		return Jsoup.parse("<table><tbody>" + rows.html(List.of(row)) + "</tbody></table>").selectFirst("tr");
	}

}
