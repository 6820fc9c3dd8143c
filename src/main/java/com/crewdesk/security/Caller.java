package com.crewdesk.security;

import com.crewdesk.patch.Actor;
import com.crewdesk.patch.Rulebook;
import java.util.UUID;

/**
 * Who is asking, on behalf of which company: a logged-in staff member or an API key. What
 * the caller may do is the {@link Rulebook}'s answer; the shortcuts here only ask it.
 */
public record Caller(long companyId, Actor actor) {

	public static Caller of(CrewdeskUser user) {
		return new Caller(user.companyId(), user.actor());
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

	public boolean managesJobs() {
		return Rulebook.managesJobs(actor);
	}

	/**
	 * The one staff member whose jobs this caller sees, or null for all of the company's
	 * jobs.
	 */
	public UUID jobsLimitedTo() {
		return Rulebook.jobsLimitedTo(actor);
	}

	public boolean maySeeJobOf(UUID assignee) {
		return Rulebook.maySee(actor, assignee);
	}
}
