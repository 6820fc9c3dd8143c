package com.crewdesk.company;

import org.springframework.stereotype.Component;

/**
 * A company's current name, read when a page shows it, so that a rename shows at once for
 * everyone already logged in (the login keeps only the name it saw). Read with the rest
 * of the company's general settings, once per request.
 */
@Component
public class CompanyNames {

	private final CompanySettingsStore store;

	CompanyNames(CompanySettingsStore store) {
		this.store = store;
	}

	public String nameOf(long companyId) {
		return store.findGeneral(companyId).map(GeneralSettings::name).orElse("");
	}

}
