package com.crewdesk.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** The events an endpoint can subscribe to, by their name on the wire. */
public enum WebhookEvent {

	JOB_CREATED("job.created", "A job was created"), JOB_UPDATED("job.updated", "A job changed (fields, old → new)"),
	JOB_DELETED("job.deleted", "A job was deleted"), JOB_RESTORED("job.restored", "A deleted job was restored"),
	CUSTOMER_CREATED("customer.created", "A customer was created"),
	CUSTOMER_UPDATED("customer.updated", "A customer changed (fields, old → new)"),
	CUSTOMER_DELETED("customer.deleted", "A customer was deleted"),
	CUSTOMER_RESTORED("customer.restored", "A deleted customer was restored"),
	BATCH_FINISHED("batch.finished", "A batch edit finished (succeeded or failed)");

	private final String type;

	private final String description;

	WebhookEvent(String type, String description) {
		this.type = type;
		this.description = description;
	}

	public String type() {
		return type;
	}

	public String description() {
		return description;
	}

	public static Optional<WebhookEvent> of(String type) {
		return Arrays.stream(values()).filter(event -> event.type.equals(type)).findFirst();
	}

}
