package com.crewdesk.database;

/**
 * The company of whoever the current thread works for (a logged-in person or an API key),
 * or null when nobody is logged in.
 */
@FunctionalInterface
public interface CompanyOfCaller {

	Long companyId();

}
