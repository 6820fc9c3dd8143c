package com.crewdesk.customers.list;

import java.util.List;

/** One page of the customers list and the number of customers matching the filter. */
public record CustomerListPage(List<CustomerListRow> rows, long total, int page, int limit) {

	public long totalPages() {
		return total == 0 ? 0 : (total + limit - 1) / limit;
	}
}
