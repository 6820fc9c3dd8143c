package com.crewdesk.imports;

/** The caller's role may not import (Rulebook.importsData): 403. */
public class ImportForbiddenException extends RuntimeException {

	ImportForbiddenException() {
		super("your role may not import customers or jobs", null, false, false);
	}

}
