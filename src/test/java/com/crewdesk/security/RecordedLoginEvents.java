package com.crewdesk.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the login events the app publishes, for LoginThrottleIT (a test-only listener, as
 * the audit log will be).
 */
@Component
class RecordedLoginEvents {

	final List<Object> events = new CopyOnWriteArrayList<>();

	@EventListener
	void failed(LoginFailed event) {
		events.add(event);
	}

	@EventListener
	void lockedOut(LoginLockedOut event) {
		events.add(event);
	}

	@EventListener
	void lifted(LockoutLifted event) {
		events.add(event);
	}

}
