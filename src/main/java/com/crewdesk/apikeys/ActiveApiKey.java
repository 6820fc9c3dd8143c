package com.crewdesk.apikeys;

/** A valid, unrevoked key presented with a request. */
public record ActiveApiKey(long id, long companyId, String name, ApiKeyScope scope) {

	public boolean mayWrite() {
		return scope == ApiKeyScope.READ_WRITE;
	}
}
