package com.crewdesk.customers.list;

import com.crewdesk.patch.CustomerType;

/**
 * What the customers list shows: a search over name, email and phone, optional type,
 * active, do-not-service and tag filters (null: any), deleted customers or not, one sort,
 * and the page.
 */
public record CustomerFilter(String search, CustomerType type, Boolean active, Boolean doNotService, String tag,
		boolean includeDeleted, CustomerSort sort, int page, int limit) {

	/**
	 * The job form's picker: the first customers matching the text who may get a new job
	 * (active, not deleted, not flagged do_not_service).
	 */
	public static CustomerFilter mayGetJobs(String search, int limit) {
		return new CustomerFilter(search, null, true, false, null, false, CustomerSort.NAME, 1, limit);
	}

	/** The jobs list's customer filter: the first live customers matching the text. */
	public static CustomerFilter live(String search, int limit) {
		return new CustomerFilter(search, null, null, null, null, false, CustomerSort.NAME, 1, limit);
	}

}
