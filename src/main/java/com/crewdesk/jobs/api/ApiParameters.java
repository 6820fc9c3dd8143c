package com.crewdesk.jobs.api;

import com.crewdesk.web.api.ApiRequestException;

/**
 * Parses query parameters strictly: a bad value is a 400 naming the parameter, never a
 * silent default.
 */
final class ApiParameters {

	private ApiParameters() {
	}

	static int positive(String name, String raw, int max) {
		try {
			int value = Integer.parseInt(raw.trim());
			if (value < 1 || value > max) {
				throw new ApiRequestException(name, "must be between 1 and " + max);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new ApiRequestException(name, "must be a whole number");
		}
	}

	static boolean bool(String name, String raw) {
		if ("true".equalsIgnoreCase(raw.trim())) {
			return true;
		}
		if ("false".equalsIgnoreCase(raw.trim())) {
			return false;
		}
		throw new ApiRequestException(name, "must be true or false");
	}

}
