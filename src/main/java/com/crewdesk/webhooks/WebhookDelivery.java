package com.crewdesk.webhooks;

import java.time.Instant;
import java.util.UUID;

/** One line of an endpoint's deliveries page: PENDING, DELIVERED or FAILED. */
public record WebhookDelivery(long id, UUID eventId, String type, String subject, String state, int attempts,
		Integer responseStatus, String lastError, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt) {

	public boolean pending() {
		return "PENDING".equals(state);
	}

}
