package com.crewdesk.patch;

import static com.crewdesk.patch.JobFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewdesk.patch.Role;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Customers follow the same engine rules (P1–P3, P5, P8–P10) with the fields of seed 003.
 */
class CustomerPatchEngineTest {

	private static final CustomerPatchEngine CUSTOMERS = new CustomerPatchEngine();

	private static final String APP = "0f8fad5b-d9cb-469f-a165-70867728950e";

	private static CustomerValues storedCustomer() {
		Map<CustomerField, Object> values = new EnumMap<>(CustomerField.class);
		values.put(CustomerField.FIRST_NAME, "John");
		values.put(CustomerField.LAST_NAME, "Doe");
		values.put(CustomerField.ADDRESS,
				new Address("1 Main St", null, "Springfield", "IL", "62701", "USA", null, null));
		values.put(CustomerField.EXTERNAL_DATA, Map.of(APP, Map.of("crm_id", "42")));
		return CustomerValues.of(values);
	}

	private static CustomerPatchOutcome update(Patch patch) {
		return CUSTOMERS.update(storedCustomer(), patch, asDispatcher());
	}

	private static CustomerPatchOutcome.Applied applied(CustomerPatchOutcome outcome) {
		assertThat(outcome).isInstanceOf(CustomerPatchOutcome.Applied.class);
		return (CustomerPatchOutcome.Applied) outcome;
	}

	private static Violations rejected(CustomerPatchOutcome outcome) {
		assertThat(outcome).isInstanceOf(CustomerPatchOutcome.Rejected.class);
		return ((CustomerPatchOutcome.Rejected) outcome).violations();
	}

	@Test
	void emptyPatchChangesNothing() {
		assertThat(applied(update(Patch.empty())).changes()).isEmpty();
	}

	@Test
	void onlyGivenFieldsChange() {
		CustomerPatchOutcome.Applied applied = applied(update(patch("do_not_mail", true)));

		assertThat(applied.changes()).containsExactly(new CustomerFieldChange(CustomerField.DO_NOT_MAIL, false, true));
	}

	@Test
	void nullOnRequiredFlagIsRejected() {
		assertThat(rejected(update(Patch.builder().setNull("active").build())).messagesFor("active"))
			.containsExactly("must not be null");
	}

	@Test
	void unknownFieldIsRejected() {
		assertThat(rejected(update(patch("shoe_size", 44))).messagesFor("shoe_size"))
			.containsExactly("is not a known field");
	}

	@Test
	void readOnlyFieldIsRejected() {
		assertThat(rejected(update(patch("version", 4))).messagesFor("version")).containsExactly("cannot be changed");
	}

	@Test
	void firstNameNeedsAtLeastOneCharacterWhenGiven() {
		assertThat(rejected(update(patch("first_name", ""))).messagesFor("first_name"))
			.containsExactly("must not be blank");
	}

	@Test
	void nameMayBeClearedWhileAnotherNameRemains() {
		assertThat(applied(update(Patch.builder().setNull("first_name").build())).after().firstName()).isNull();
	}

	@Test
	void clearingEveryNameIsRejected() {
		assertThat(rejected(update(Patch.builder().setNull("first_name").setNull("last_name").build()))
			.messagesFor("first_name"))
			.containsExactly("at least one of first_name, last_name or company_name must be filled in");
	}

	@Test
	void addressIsReplacedAsAUnit() {
		Address after = applied(update(patch("address",
				Map.of("street", "9 Elm St", "city", "Dayton", "latitude", 39.76, "longitude", -84.19))))
			.after()
			.address();

		assertThat(after).isEqualTo(new Address("9 Elm St", null, "Dayton", null, null, null, new BigDecimal("39.76"),
				new BigDecimal("-84.19")));
	}

	@Test
	void addressIsValidatedAsAUnit() {
		Violations violations = rejected(
				update(patch("address", Map.of("city", "Dayton", "latitude", 39.76, "planet", "Earth"))));

		assertThat(violations.byField()).containsOnlyKeys("address.planet", "address.street", "address.longitude");
	}

	@Test
	void invalidEmailIsRejected() {
		assertThat(rejected(update(patch("email", "john at example"))).messagesFor("email"))
			.containsExactly("must be a valid email address");
		assertThat(applied(update(patch("email", "john@example.com"))).changes()).hasSize(1);
	}

	@Test
	void customerTypeMustBeResidentialOrCommercial() {
		assertThat(rejected(update(patch("customer_type", "Industrial"))).messagesFor("customer_type"))
			.containsExactly("must be one of: Residential, Commercial");
	}

	@Test
	void externalDataMergeDeletesKeysWithNullValue() {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("key", "crm_id");
		entry.put("value", null);
		CustomerValues after = applied(update(patch("external_data",
				Map.of("application_guid", APP, "patch_mode", "Merge", "external_data", List.of(entry)))))
			.after();

		assertThat(after.externalData()).isEmpty();
	}

	@Test
	void customFieldsNeedACustomerDefinition() {
		assertThat(rejected(update(patch("custom_fields", List.of(Map.of("key", "PO_Number", "val", "1")))))
			.messagesFor("custom_fields[PO_Number]")).containsExactly("is not a custom field of your company");
	}

	@Test
	void tagsAreTrimmedAndDeduplicated() {
		assertThat(applied(update(patch("tags", List.of(" vip", "vip", "roof")))).after().get(CustomerField.TAGS))
			.isEqualTo(List.of("vip", "roof"));
	}

	@Test
	void createNeedsAName() {
		assertThat(rejected(CUSTOMERS.create(patch("email", "a@b.co"), asDispatcher())).byField())
			.containsOnlyKeys("first_name");
		CustomerValues created = applied(CUSTOMERS.create(patch("company_name", "Acme"), asDispatcher())).after();
		assertThat(created.get(CustomerField.ACTIVE)).isEqualTo(true);
	}

	@Test
	void technicianCannotChangeCustomers() {
		assertThat(rejected(
				CUSTOMERS.update(storedCustomer(), patch("phone", "555-0100"), as(Actor.staff(ALICE, Role.TECHNICIAN))))
			.forbidden()).isTrue();
	}

}
