package com.crewdesk.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such person in the caller's company (missing or another company's): a 404, never a
 * hint which.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class StaffNotFoundException extends RuntimeException {

	public StaffNotFoundException() {
		super("No such person");
	}

}
