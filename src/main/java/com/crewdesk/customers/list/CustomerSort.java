package com.crewdesk.customers.list;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders the customers list offers; {@code -name} style in URLs and the API. Ties
 * broken by id (by name, then id, for the type). Each has its index (V22).
 */
public enum CustomerSort {

	NAME("name", "list_name ASC, id ASC"), NAME_DESC("-name", "list_name DESC, id DESC"),
	CREATED("created_at", "created_at ASC, id ASC"), CREATED_DESC("-created_at", "created_at DESC, id DESC"),
	TYPE("customer_type", "customer_type ASC, list_name ASC, id ASC"),
	TYPE_DESC("-customer_type", "customer_type DESC, list_name DESC, id DESC");

	private final String code;

	private final String orderBy;

	CustomerSort(String code, String orderBy) {
		this.code = code;
		this.orderBy = orderBy;
	}

	public static Optional<CustomerSort> byCode(String code) {
		return Arrays.stream(values()).filter(sort -> sort.code.equals(code)).findFirst();
	}

	public String code() {
		return code;
	}

	String orderBy() {
		return orderBy;
	}

}
