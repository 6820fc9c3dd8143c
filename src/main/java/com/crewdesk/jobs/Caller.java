package com.crewdesk.jobs;

import com.crewdesk.patch.Actor;
import com.crewdesk.security.ApiCaller;
import com.crewdesk.security.CrewdeskUser;
import com.crewdesk.staff.Role;
import java.util.UUID;

/** Who is asking, on behalf of which company: a logged-in staff member or an API key. */
public record Caller(long companyId, Actor actor) {

	public static Caller of(CrewdeskUser user) {
		return new Caller(user.companyId(), Actor.staff(user.staffId(), user.role()));
	}

	public static Caller of(ApiCaller api) {
		return new Caller(api.companyId(), Actor.apiKey(api.apiKeyId()));
	}

	public UUID staffId() {
		return actor.staffId();
	}

	public Long apiKeyId() {
		return actor.apiKeyId();
	}

	public Role role() {
		return actor.effectiveRole();
	}

	/** Technicians see only the jobs assigned to them. */
	public boolean seesOnlyOwnJobs() {
		return role() == Role.TECHNICIAN;
	}

	/** ADMIN, DISPATCHER and API keys create, delete, restore and batch edit. */
	public boolean managesJobs() {
		return role() == Role.ADMIN || role() == Role.DISPATCHER;
	}
}
