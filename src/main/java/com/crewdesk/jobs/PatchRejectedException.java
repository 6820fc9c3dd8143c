package com.crewdesk.jobs;

import com.crewdesk.patch.Violations;

/**
 * The patch engine refused the change: bad input (400) or, when
 * {@code violations.forbidden()}, not allowed (403).
 */
public class PatchRejectedException extends RuntimeException {

	private final Violations violations;

	public PatchRejectedException(Violations violations) {
		super("Patch rejected: " + violations);
		this.violations = violations;
	}

	public Violations violations() {
		return violations;
	}

}
