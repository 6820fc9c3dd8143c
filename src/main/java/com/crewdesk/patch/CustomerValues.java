package com.crewdesk.patch;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable snapshot of a customer's typed values. Collections are never null;
 * do_not_mail and do_not_service default to false, active to true. Equal by content; tags
 * and custom fields compared as sets.
 */
public final class CustomerValues {

	private final EnumMap<CustomerField, Object> values;

	private CustomerValues(EnumMap<CustomerField, Object> values) {
		this.values = values;
	}

	public static CustomerValues of(Map<CustomerField, ?> typed) {
		EnumMap<CustomerField, Object> copy = new EnumMap<>(CustomerField.class);
		for (CustomerField field : CustomerField.values()) {
			copy.put(field, normalised(field, typed.get(field)));
		}
		return new CustomerValues(copy);
	}

	public Object get(CustomerField field) {
		return values.get(field);
	}

	public CustomerValues with(CustomerField field, Object value) {
		EnumMap<CustomerField, Object> copy = new EnumMap<>(values);
		copy.put(field, normalised(field, value));
		return new CustomerValues(copy);
	}

	public Map<String, Object> toRaw() {
		Map<String, Object> raw = new LinkedHashMap<>();
		values.forEach((field, value) -> raw.put(field.apiName(), field.toRaw(value)));
		return raw;
	}

	public String firstName() {
		return (String) get(CustomerField.FIRST_NAME);
	}

	public String lastName() {
		return (String) get(CustomerField.LAST_NAME);
	}

	public String companyName() {
		return (String) get(CustomerField.COMPANY_NAME);
	}

	public Address address() {
		return (Address) get(CustomerField.ADDRESS);
	}

	@SuppressWarnings("unchecked")
	public Map<String, Map<String, String>> externalData() {
		return (Map<String, Map<String, String>>) get(CustomerField.EXTERNAL_DATA);
	}

	/** True when first, last or company name holds a non-blank value. */
	@SuppressWarnings("unchecked")
	public List<CustomFieldValue> customFields() {
		Object value = get(CustomerField.CUSTOM_FIELDS);
		return value == null ? List.of() : (List<CustomFieldValue>) value;
	}

	public boolean hasName() {
		return List.of(CustomerField.FIRST_NAME, CustomerField.LAST_NAME, CustomerField.COMPANY_NAME)
			.stream()
			.map(this::get)
			.anyMatch(name -> name instanceof String s && !s.isBlank());
	}

	public static boolean sameValue(CustomerField field, Object a, Object b) {
		return Objects.equals(comparable(a), comparable(b));
	}

	private static Object comparable(Object value) {
		return value instanceof List<?> list ? new HashSet<>(list) : value;
	}

	private static Object normalised(CustomerField field, Object value) {
		if (value == null) {
			return switch (field) {
				case TAGS, CUSTOM_FIELDS -> List.of();
				case EXTERNAL_DATA -> Map.of();
				case DO_NOT_MAIL, DO_NOT_SERVICE -> Boolean.FALSE;
				case ACTIVE -> Boolean.TRUE;
				case CUSTOMER_TYPE -> CustomerType.RESIDENTIAL;
				default -> null;
			};
		}
		if (value instanceof List<?> list) {
			return List.copyOf(list);
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(k,
					v instanceof Map<?, ?> inner ? Collections.unmodifiableMap(new LinkedHashMap<>(inner)) : v));
			return Collections.unmodifiableMap(copy);
		}
		return value;
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof CustomerValues other)) {
			return false;
		}
		for (CustomerField field : CustomerField.values()) {
			if (!sameValue(field, values.get(field), other.values.get(field))) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int hashCode() {
		int hash = 1;
		for (CustomerField field : CustomerField.values()) {
			hash = 31 * hash + Objects.hashCode(comparable(values.get(field)));
		}
		return hash;
	}

	@Override
	public String toString() {
		return "CustomerValues" + values;
	}

}
