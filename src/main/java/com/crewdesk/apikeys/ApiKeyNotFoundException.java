package com.crewdesk.apikeys;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such key in the caller's company: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ApiKeyNotFoundException extends RuntimeException {

	public ApiKeyNotFoundException() {
		super("No such API key");
	}

}
