package com.crewdesk.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error report, for the few requests it refuses before the application sees
 * them (an address holding {@code %00}, say): problem+json for addresses under /api,
 * Tomcat's page elsewhere. Set as the host's error report valve by
 * {@link TomcatErrorReports}.
 */
public class ApiErrorReportValve extends ErrorReportValve {

	/**
	 * The address, or for a request line Tomcat could not parse (no address known), the
	 * target its exception quotes ("Invalid character found in the request target
	 * [/api/v1/jobs?a=#]").
	 */
	private static boolean isApi(Request request, Throwable throwable) {
		String uri = request.getRequestURI();
		if (uri != null && !uri.isEmpty()) {
			return uri.startsWith("/api/");
		}
		return throwable != null && throwable.getMessage() != null && throwable.getMessage().contains("[/api/");
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		if (!isApi(request, throwable)) {
			super.report(request, response, throwable);
			return;
		}
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = known != null ? known.getReasonPhrase() : "Error";
		String detail = status == 400 ? "The address or a header of the request cannot be read" : title;
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"/problems/" + status + "\",\"title\":\"" + title + "\",\"status\":" + status
						+ ",\"detail\":\"" + detail + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ignored) {
			// the client is gone or the response was taken; nothing more to tell
		}
	}

}
