package com.crewdesk.jobs;

import java.util.List;
import java.util.Map;

/**
 * A batch in which at least one job cannot be changed; nothing was written. Errors are
 * keyed by job uuid, then field.
 */
public class BatchRejectedException extends RuntimeException {

	private final Map<String, Map<String, List<String>>> errors;

	private final boolean forbidden;

	public BatchRejectedException(Map<String, Map<String, List<String>>> errors, boolean forbidden) {
		super(errors.size() + " job(s) of the batch cannot be changed; nothing was written");
		this.errors = errors;
		this.forbidden = forbidden;
	}

	public Map<String, Map<String, List<String>>> errors() {
		return errors;
	}

	/** True when every refusal is a permission matter (403) rather than bad input. */
	public boolean forbidden() {
		return forbidden;
	}

}
