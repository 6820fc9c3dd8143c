package com.crewdesk.jobs;

import com.crewdesk.security.Caller;

/** Where a write came from; recorded on every history entry. */
public enum Channel {

	UI("ui"), INLINE("inline"), BATCH("batch"), API("api"), IMPORT("import"),
	/** A move on the dispatch board (issue 14). */
	BOARD("board");

	private final String code;

	Channel(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/**
	 * The {@code created_via} of a job or customer created through this channel: ui, api,
	 * batch or import.
	 */
	public String createdVia() {
		return switch (this) {
			case API -> "api";
			case BATCH -> "batch";
			case IMPORT -> "import";
			default -> "ui";
		};
	}

	/**
	 * The channel of a write that has no form of its own (delete, restore): API for keys,
	 * UI for people.
	 */
	static Channel forRecord(Caller caller) {
		return caller.apiKeyId() != null ? API : UI;
	}

}
