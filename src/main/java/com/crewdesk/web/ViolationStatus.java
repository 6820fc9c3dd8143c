package com.crewdesk.web;

import com.crewdesk.patch.Violations;
import org.springframework.http.HttpStatus;

/**
 * The one mapping from a refusal to an HTTP status, for pages, fragments and the API
 * alike (P18): a change the rules forbid (P13) is 403, any other violation is 400. A
 * stale version (P15) is 412 where the client sent a precondition (If-Match, the API) and
 * 409 where a person must choose (pages and fragments).
 */
public final class ViolationStatus {

	private ViolationStatus() {
	}

	public static HttpStatus of(Violations violations) {
		return of(violations.forbidden());
	}

	public static HttpStatus of(boolean forbidden) {
		return forbidden ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
	}

	/**
	 * A write against a version that is no longer current, answered to an API client's
	 * If-Match.
	 */
	public static HttpStatus staleForApi() {
		return HttpStatus.PRECONDITION_FAILED;
	}

	/**
	 * A write against a version that is no longer current, answered to a person on a page
	 * or fragment.
	 */
	public static HttpStatus staleForPeople() {
		return HttpStatus.CONFLICT;
	}

}
