package com.crewdesk.imports;

import java.util.UUID;

/** No import with this id in the caller's company. */
public class ImportNotFoundException extends RuntimeException {

	ImportNotFoundException(UUID id) {
		super("No import " + id, null, false, false);
	}

}
