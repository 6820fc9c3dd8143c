package com.crewdesk.company;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such field, step or tag in the caller's company: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SettingNotFoundException extends RuntimeException {

	public SettingNotFoundException() {
		super("No such setting");
	}

}
