package com.crewdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.crewdesk.support.ApiClient.Answer;
import com.crewdesk.support.Browser;
import com.crewdesk.support.CrewdeskIntegrationTest;
import com.crewdesk.support.TestCustomers;
import com.crewdesk.support.CustomerFieldFixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customer edit form in Chromium: custom fields and the address as one unit. */
@CrewdeskIntegrationTest
class CustomerFormE2E {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void customFieldsAreEditedInTheFormAndCheckedOnLeavingThem() {
		CustomerFieldFixtures.defineForAcme(jdbc);
		String id = TestCustomers.create(port, Map.of("last_name", "Fieldwalker", "custom_fields",
				List.of(Map.of("key", "Gate_code", "val", "1234"))));
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/customers/" + id + "/edit");
			assertThat(page.locator("#f-custom_fields-Gate_code")).hasValue("1234");
			assertThat(page.locator("#f-custom_fields-Client_since")).hasAttribute("type", "date");
			page.locator("#f-custom_fields-Floors").fill("many");
			page.locator("#f-custom_fields-Floors").press("Tab");
			assertThat(page.locator("#f-custom_fields-Floors-error")).containsText("must be a number");
			page.locator("#f-custom_fields-Floors").fill("3");
			page.locator("#f-custom_fields-Floors").press("Tab");
			assertThat(page.locator("#f-custom_fields-Floors-error")).isEmpty();
			page.locator("#f-custom_fields-Tier").selectOption(new SelectOption().setLabel("Gold"));
			page.locator("#save-customer").click();
			Locator fields = page.locator("section#custom-fields");
			assertThat(fields).containsText("Gate code");
			assertThat(fields).containsText("1234");
			assertThat(fields).containsText("Floors");
			assertThat(fields).containsText("3");
			assertThat(fields).containsText("Tier");
			assertThat(fields).containsText("Gold");
			assertThat(page.locator("#customer-history .history-entry", new Page.LocatorOptions().setHasText("Gold")))
				.hasCount(1);
		}
	}

	/**
	 * Change the city, clear the unit and the street: the engine wants a street in an
	 * address (AddressFormat), so the save is refused naming it and nothing is written;
	 * with a new street the whole address is stored as the form shows it: the cleared
	 * unit is cleared, not merged back from the old address.
	 */
	@Test
	void theAddressIsEditedAsOneUnit() {
		String id = TestCustomers.create(port, Map.of("last_name", "Unitmover", "address",
				Map.of("street", "1 Old Rd", "unit", "Apt 2", "city", "Austin", "state", "TX", "zip", "78701")));
		try (Browser.Tab tab = Browser.newTab(port)) {
			Page page = tab.page();
			tab.logIn("dispatch@acme.test", "dispatch");
			page.navigate("/customers/" + id);
			page.locator("#edit-customer").click();
			page.locator("#f-address-city").fill("Dallas");
			page.locator("#f-address-unit").fill("");
			page.locator("#f-address-street").fill("");
			page.locator("#save-customer").click();
			assertThat(page.locator("#f-address-street-error")).containsText("must not be blank");
			assertThat(page.locator("#form-errors")).containsText("nothing was saved");
			page.locator("#f-address-street").fill("2 New Rd");
			page.locator("#save-customer").click();
			Locator address = page.locator("#customer-address");
			assertThat(address).containsText("2 New Rd");
			assertThat(address).containsText("Dallas, TX 78701");
			assertThat(address).not().containsText("Apt 2");
			assertThat(address).not().containsText("null");
			Locator change = page.locator("#customer-history .history-entry",
					new Page.LocatorOptions().setHasText("Dallas"));
			assertThat(change).hasCount(1);
			assertThat(change.locator(".history-field")).hasText("address");
			assertThat(change.locator(".history-old")).containsText("Apt 2");
			assertThat(change.locator(".history-new")).not().containsText("Apt 2");
		}
		Answer stored = TestCustomers.acmeApi(port).get("/api/v1/customers/" + id);
		org.assertj.core.api.Assertions.assertThat(stored.data().get("address").get("unit").isNull()).isTrue();
		org.assertj.core.api.Assertions.assertThat(stored.data().get("address").get("street").asString())
			.isEqualTo("2 New Rd");
		org.assertj.core.api.Assertions.assertThat(stored.data().get("address").get("city").asString())
			.isEqualTo("Dallas");
		org.assertj.core.api.Assertions.assertThat(stored.data().get("address").get("zip").asString())
			.isEqualTo("78701");
	}

}
