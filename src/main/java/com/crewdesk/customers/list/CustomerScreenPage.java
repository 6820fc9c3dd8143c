package com.crewdesk.customers.list;

import com.crewdesk.jobs.list.JobCount;
import java.util.List;

/**
 * One page of the customers screen with what its pager needs; the total is counted up to
 * the customers list's own cap (CustomerListQuery.COUNT_CAP).
 */
public record CustomerScreenPage(List<CustomerListRow> rows, JobCount total, boolean hasNext, long offset) {

	public long firstRowNumber() {
		return rows.isEmpty() ? 0 : offset + 1;
	}

	public long lastRowNumber() {
		return offset + rows.size();
	}

}
