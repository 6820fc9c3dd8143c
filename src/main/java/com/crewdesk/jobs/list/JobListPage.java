package com.crewdesk.jobs.list;

import java.util.List;

/** One page of the jobs table with what the pager needs. */
public record JobListPage(List<JobListRow> rows, JobCount total, boolean hasNext) {

	public int firstRowNumber(JobListRequest request) {
		return rows.isEmpty() ? 0 : (int) request.offset() + 1;
	}

	public int lastRowNumber(JobListRequest request) {
		return (int) request.offset() + rows.size();
	}
}
