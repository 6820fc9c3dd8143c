package com.crewdesk.customers.api;

import com.crewdesk.customers.CustomerStore.StoredCustomer;
import com.crewdesk.customers.list.CustomerListRow;
import com.crewdesk.patch.CustomerField;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of a customer: every field by its API name (seed 003 shape, snake_case).
 */
final class CustomerRepresentation {

	private CustomerRepresentation() {
	}

	static Map<String, Object> of(StoredCustomer customer) {
		Map<String, Object> raw = new LinkedHashMap<>(customer.values().toRaw());
		raw.put(CustomerField.UUID.apiName(), customer.id().toString());
		raw.put(CustomerField.VERSION.apiName(), customer.version());
		return raw;
	}

	static Map<String, Object> of(CustomerListRow row) {
		Map<String, Object> raw = new LinkedHashMap<>();
		raw.put("uuid", row.id().toString());
		raw.put("name", row.name());
		raw.put("customer_type", row.customerType());
		raw.put("email", row.email());
		raw.put("phone", row.phone());
		raw.put("city", row.city());
		raw.put("state", row.state());
		raw.put("active", row.active());
		raw.put("do_not_service", row.doNotService());
		raw.put("tags", row.tags());
		raw.put("deleted_at", row.deletedAt() == null ? null : row.deletedAt().toString());
		return raw;
	}

}
