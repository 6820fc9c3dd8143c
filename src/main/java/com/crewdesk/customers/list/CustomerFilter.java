package com.crewdesk.customers.list;

import com.crewdesk.patch.CustomerType;
import java.util.UUID;

/**
 * What the customers list shows: a search over name, email and phone, optional type,
 * active, do-not-service and tag filters (null: any), deleted customers or not, one sort,
 * the page, and optionally only the customers of one technician's jobs ({@code servedBy},
 * as the Rulebook's customersLimitedTo answers).
 */
public record CustomerFilter(String search, CustomerType type, Boolean active, Boolean doNotService, String tag,
		boolean includeDeleted, CustomerSort sort, int page, int limit, UUID servedBy) {

	public CustomerFilter(String search, CustomerType type, Boolean active, Boolean doNotService, String tag,
			boolean includeDeleted, CustomerSort sort, int page, int limit) {
		this(search, type, active, doNotService, tag, includeDeleted, sort, page, limit, null);
	}

	/** Only the customers of the jobs assigned to {@code staff} (null: all). */
	public CustomerFilter servedBy(UUID staff) {
		return new CustomerFilter(search, type, active, doNotService, tag, includeDeleted, sort, page, limit, staff);
	}

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
