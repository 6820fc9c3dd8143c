package com.crewdesk.webhooks;

import java.time.Instant;
import java.util.List;

/** A registered endpoint as the admin screens show it (never its secret). */
public record WebhookEndpoint(long id, String url, List<String> events, boolean active, Instant createdAt) {
}
