package com.crewdesk.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Our form objects are flat records: a parameter named like a nested property path
 * ({@code deleted.}, {@code ids[9]}) is never bound, so it cannot send the binder down a
 * path that does not exist (a 500 before).
 */
@ControllerAdvice
class FlatFormNames {

	@InitBinder
	void flatNamesOnly(WebDataBinder binder) {
		binder.setDisallowedFields("*.*", "*[*", "*]*");
	}

}
