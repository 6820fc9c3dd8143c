package com.crewdesk.apikeys;

/** What a key may do: READ_ONLY keys only read (GET); READ_WRITE keys also write. */
public enum ApiKeyScope {

	READ_ONLY("Read-only"), READ_WRITE("Read-write");

	private final String label;

	ApiKeyScope(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
