package com.crewdesk.webhooks;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such endpoint or delivery in the caller's company: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class WebhookNotFoundException extends RuntimeException {

	public WebhookNotFoundException() {
		super("No such webhook");
	}

}
