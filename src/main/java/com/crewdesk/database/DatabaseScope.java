package com.crewdesk.database;

/**
 * Whose rows a connection may see: one company's (the row-level security policies of V24
 * compare {@code company_id} with it), no company's (nothing), or every company's (a
 * system path, run as the database owner).
 */
public record DatabaseScope(Long companyId, boolean acrossCompanies) {

	static final DatabaseScope NO_COMPANY = new DatabaseScope(null, false);

	static final DatabaseScope ACROSS_COMPANIES = new DatabaseScope(null, true);

	public static DatabaseScope company(long companyId) {
		return new DatabaseScope(companyId, false);
	}

	/** The role the connection takes: the owner's own ("none") or the restricted one. */
	String role() {
		return acrossCompanies ? "none" : RowLevelSecurityDataSource.APP_ROLE;
	}

	String companySetting() {
		return companyId == null ? "" : companyId.toString();
	}

}
