package com.crewdesk.customers.list;

import com.crewdesk.patch.CustomerType;

/**
 * What the customers list shows: a search over name, email and phone, optional type,
 * active, do-not-service and tag filters (null: any), deleted customers or not, one sort,
 * and the page.
 */
public record CustomerFilter(String search, CustomerType type, Boolean active, Boolean doNotService, String tag,
		boolean includeDeleted, CustomerSort sort, int page, int limit) {
}
