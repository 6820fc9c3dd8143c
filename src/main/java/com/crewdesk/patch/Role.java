package com.crewdesk.patch;

/**
 * A staff member's role (SPEC §1); what each may do is decided by the {@link Rulebook}
 * alone.
 */
public enum Role {

	ADMIN("Admin"), DISPATCHER("Dispatcher"), TECHNICIAN("Technician"), VIEWER("Viewer");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
