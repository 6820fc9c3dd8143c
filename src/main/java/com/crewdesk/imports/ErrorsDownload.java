package com.crewdesk.imports;

import com.crewdesk.security.Caller;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An import's rows with errors as a CSV download: the same for the portal and the API.
 */
public final class ErrorsDownload {

	private ErrorsDownload() {
	}

	public static void send(ImportService imports, Caller caller, UUID importId, HttpServletResponse response)
			throws IOException {
		ImportStatus status = imports.status(caller, importId);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"errors-" + status.id() + ".csv\"");
		// The CSV printer flushes and closes the writer when it is done.
		imports.writeErrors(caller, status.id(),
				new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

}
