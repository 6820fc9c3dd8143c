package com.crewdesk.ops;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins by reason (never by e-mail address: that would put user input into
 * metric labels).
 */
@Component
class LoginFailureMetrics {

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		OpsMetrics.loginFailed(reason(event));
	}

	private static String reason(AbstractAuthenticationFailureEvent event) {
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			return "bad-credentials";
		}
		if (event instanceof AuthenticationFailureDisabledEvent) {
			return "disabled";
		}
		if (event instanceof AuthenticationFailureLockedEvent) {
			return "locked";
		}
		return "other";
	}

}
