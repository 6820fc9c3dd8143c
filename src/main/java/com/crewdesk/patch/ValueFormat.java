package com.crewdesk.patch;

import java.util.Optional;

/**
 * How one field's values are read from a patch and written back to JSON-like form. Shared
 * by the job and the customer engines.
 */
public interface ValueFormat {

	/**
	 * Reads a non-null raw patch value. On bad input adds violation(s) under {@code key}
	 * (or under {@code key + "." + inner} for value objects) and returns empty.
	 */
	Optional<Object> read(String key, Object raw, Violations.Builder violations);

	/**
	 * The JSON-like form (used by the API and history) of a typed value; null stays null.
	 */
	Object toRaw(Object typed);

	/**
	 * Whether a blank string on a nullable field means null (true for plain values, as
	 * forms post "").
	 */
	default boolean blankMeansNull() {
		return true;
	}

}
