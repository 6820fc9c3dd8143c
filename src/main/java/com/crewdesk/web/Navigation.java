package com.crewdesk.web;

import com.crewdesk.patch.Actor;
import com.crewdesk.patch.Rulebook;

/**
 * What the main navigation offers the logged-in person, as the {@link Rulebook} decided:
 * the layout shows these flags and never looks at a role itself.
 */
public record Navigation(boolean ownJobsOnly, boolean createsJobs, boolean administers, boolean browsesCustomers,
		boolean managesCustomers, boolean imports, boolean board) {

	static Navigation of(Actor actor) {
		return new Navigation(Rulebook.jobsLimitedTo(actor) != null, Rulebook.managesJobs(actor),
				Rulebook.administersCompany(actor), Rulebook.browsesCustomers(actor), Rulebook.managesCustomers(actor),
				Rulebook.importsData(actor), Rulebook.seesBoard(actor));
	}
}
