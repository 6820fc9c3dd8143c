package com.crewdesk.patch;

import static com.crewdesk.patch.JobFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seed-003 customer rules added beside the shared engine rules: formats, tags, custom
 * fields, P9, P10.
 */
class CustomerRulesTest {

	private static final CustomerPatchEngine CUSTOMERS = new CustomerPatchEngine();

	private static final String APP = "0f8fad5b-d9cb-469f-a165-70867728950e";

	private static final String OTHER_APP = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

	private static final CompanyRules WITH_CUSTOMER_FIELDS = new CompanyRules(false, List.of(), Set.of(),
			List.of(new CustomFieldDefinition("Gate_code", "Gate code", CustomFieldType.TEXT, List.of(), false),
					new CustomFieldDefinition("Units", "Units", CustomFieldType.NUMBER, List.of(), false)),
			CUSTOMER_TAGS);

	private static CustomerValues stored() {
		Map<CustomerField, Object> values = new EnumMap<>(CustomerField.class);
		values.put(CustomerField.LAST_NAME, "Doe");
		values.put(CustomerField.ADDRESS,
				new Address("1 Main St", "Apt 2", "Springfield", "IL", "62701", "US", null, null));
		values.put(CustomerField.EXTERNAL_DATA,
				Map.of(APP, Map.of("crm_id", "42", "tier", "gold"), OTHER_APP, Map.of("erp", "E-1")));
		values.put(CustomerField.TAGS, List.of("vip"));
		return CustomerValues.of(values);
	}

	private static CustomerPatchOutcome update(Patch patch) {
		return CUSTOMERS.update(stored(), patch, asDispatcher());
	}

	private static CustomerValues after(CustomerPatchOutcome outcome) {
		assertThat(outcome).isInstanceOf(CustomerPatchOutcome.Applied.class);
		return ((CustomerPatchOutcome.Applied) outcome).after();
	}

	private static Violations violations(CustomerPatchOutcome outcome) {
		assertThat(outcome).isInstanceOf(CustomerPatchOutcome.Rejected.class);
		return ((CustomerPatchOutcome.Rejected) outcome).violations();
	}

	private static Map<String, Object> address(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	@Test
	void nationalPhoneIsStoredNormalised() {
		assertThat(after(update(patch("phone", "(720) 555-0199"))).get(CustomerField.PHONE))
			.isEqualTo("+1 720 555 0199");
	}

	@Test
	void e164PhoneIsStoredWithoutSeparators() {
		assertThat(after(update(patch("phone", "+49 30 1234 5678"))).get(CustomerField.PHONE))
			.isEqualTo("+493012345678");
	}

	@Test
	void phoneThatIsNoNumberIsRejected() {
		assertThat(violations(update(patch("phone", "555-0100"))).messagesFor("phone"))
			.containsExactly(PhoneNumbers.MESSAGE);
		assertThat(violations(update(patch("phone", "call me"))).messagesFor("phone"))
			.containsExactly(PhoneNumbers.MESSAGE);
	}

	@Test
	void phoneMayBeCleared() {
		assertThat(after(update(Patch.builder().setNull("phone").build())).get(CustomerField.PHONE)).isNull();
	}

	@Test
	void stateMustBeTwoLetters() {
		assertThat(violations(update(patch("address", address("street", "9 Elm St", "state", "Ohio"))))
			.messagesFor("address.state")).containsExactly("must be a 2-letter state code");
		assertThat(after(update(patch("address", address("street", "9 Elm St", "state", "oh")))).address().state())
			.isEqualTo("OH");
	}

	@Test
	void countryMustBeIsoAlpha2() {
		assertThat(violations(update(patch("address", address("street", "9 Elm St", "country", "USA"))))
			.messagesFor("address.country")).containsExactly("must be an ISO-3166 alpha-2 country code (e.g. US)");
		assertThat(violations(update(patch("address", address("street", "9 Elm St", "country", "XX")))).byField())
			.containsOnlyKeys("address.country");
		assertThat(after(update(patch("address", address("street", "9 Elm St", "country", "ca")))).address().country())
			.isEqualTo("CA");
	}

	@Test
	void halfAnAddressClearsTheOtherHalf() {
		Address address = after(update(patch("address", address("street", "9 Elm St", "city", "Dayton")))).address();

		assertThat(address).isEqualTo(new Address("9 Elm St", null, "Dayton", null, null, null, null, null));
	}

	@Test
	void addressMayBeClearedWithNull() {
		assertThat(after(update(Patch.builder().setNull("address").build())).address()).isNull();
	}

	@Test
	void tagsMustBeTheCompanysTagNames() {
		assertThat(violations(update(patch("tags", List.of("vip", "platinum")))).messagesFor("tags"))
			.containsExactly("'platinum' is not a tag of your company");
	}

	@Test
	void tagsTakeTheCompanysSpellingAndFormASet() {
		assertThat(after(update(patch("tags", List.of("gate CODE", "Gate code", "VIP")))).get(CustomerField.TAGS))
			.isEqualTo(List.of("Gate code", "vip"));
	}

	@Test
	void nullTagsClearTheSet() {
		assertThat(after(update(Patch.builder().setNull("tags").build())).get(CustomerField.TAGS)).isEqualTo(List.of());
	}

	@Test
	void customFieldsReplaceTheWholeSetAndAreCheckedByType() {
		PatchContext ctx = new PatchContext(Actor.staff(DISPATCHER, Role.DISPATCHER), WITH_CUSTOMER_FIELDS,
				references(), NOW);
		CustomerValues withGate = after(CUSTOMERS.update(stored(),
				patch("custom_fields", List.of(Map.of("key", "Gate_code", "val", "1234"))), ctx));
		CustomerValues replaced = after(
				CUSTOMERS.update(withGate, patch("custom_fields", List.of(Map.of("key", "Units", "val", "3"))), ctx));

		assertThat(replaced.get(CustomerField.CUSTOM_FIELDS)).isEqualTo(List.of(new CustomFieldValue("Units", "3")));
		assertThat(violations(
				CUSTOMERS.update(stored(), patch("custom_fields", List.of(Map.of("key", "Units", "val", "many"))), ctx))
			.byField()).containsOnlyKeys("custom_fields[Units]");
	}

	@Test
	void externalDataReplaceTouchesOnlyThatApplication() {
		CustomerValues after = after(update(patch("external_data", Map.of("application_guid", APP, "patch_mode",
				"Replace", "external_data", List.of(Map.of("key", "tier", "value", "silver"))))));

		assertThat(after.externalData())
			.isEqualTo(Map.of(APP, Map.of("tier", "silver"), OTHER_APP, Map.of("erp", "E-1")));
	}

	@Test
	void externalDataMergeSetsTheGivenKeysOnly() {
		CustomerValues after = after(update(patch("external_data", Map.of("application_guid", APP, "patch_mode",
				"Merge", "external_data", List.of(Map.of("key", "tier", "value", "silver"))))));

		assertThat(after.externalData())
			.isEqualTo(Map.of(APP, Map.of("crm_id", "42", "tier", "silver"), OTHER_APP, Map.of("erp", "E-1")));
	}

	@Test
	void flagsChangeAndNeverTakeNull() {
		CustomerPatchOutcome.Applied applied = (CustomerPatchOutcome.Applied) update(
				patch("do_not_service", true, "do_not_mail", true, "active", false));

		assertThat(applied.changes()).extracting(CustomerFieldChange::field)
			.containsExactly(CustomerField.DO_NOT_MAIL, CustomerField.DO_NOT_SERVICE, CustomerField.ACTIVE);
		assertThat(violations(update(Patch.builder().setNull("do_not_service").build())).messagesFor("do_not_service"))
			.containsExactly("must not be null");
	}

	@Test
	void aRejectedPatchReportsEveryBadField() {
		Violations v = violations(update(patch("email", "nope", "phone", "x", "customer_type", "Alien")));

		assertThat(v.byField()).containsOnlyKeys("email", "phone", "customer_type");
	}

	@Test
	void viewersCannotChangeCustomers() {
		assertThat(violations(CUSTOMERS.update(stored(), patch("do_not_mail", true), as(Actor.staff(BOB, Role.VIEWER))))
			.forbidden()).isTrue();
	}

}
