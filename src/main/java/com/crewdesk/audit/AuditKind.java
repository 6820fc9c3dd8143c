package com.crewdesk.audit;

/** What an audit entry records. The label is what the audit page shows and filters by. */
public enum AuditKind {

	LOGIN("Login"), LOGIN_FAILED("Failed login"), LOGIN_LOCKED_OUT("Login locked out"),
	LOCKOUT_LIFTED("Lockout lifted"), LOGOUT("Logout"), STAFF_ADDED("Staff added"), STAFF_CHANGED("Staff changed"),
	ROLE_CHANGED("Role changed"), STAFF_DEACTIVATED("Staff deactivated"), STAFF_REACTIVATED("Staff reactivated"),
	PASSWORD_RESET("Password reset"), PASSWORD_CHANGED("Password changed"), API_KEY_CREATED("API key created"),
	API_KEY_REVOKED("API key revoked"), SETTING_CHANGED("Setting changed"), WEBHOOK_ADDED("Webhook added"),
	WEBHOOK_REMOVED("Webhook removed");

	private final String label;

	AuditKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
