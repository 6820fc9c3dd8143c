package com.crewdesk.jobs.list;

import com.crewdesk.security.CrewdeskUser;
import java.util.UUID;

/**
 * The jobs a caller may see at all, before any filter: their company's, and for a
 * technician only the ones assigned to them. Every list, fragment and export query starts
 * from this.
 */
public record JobListScope(long companyId, UUID onlyAssignee) {

	public static JobListScope of(CrewdeskUser user) {
		return new JobListScope(user.companyId(), user.caller().jobsLimitedTo());
	}
}
