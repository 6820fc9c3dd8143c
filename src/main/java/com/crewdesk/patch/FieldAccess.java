package com.crewdesk.patch;

import java.util.Set;

/**
 * The fields someone may change on a job, as the {@link Rulebook} decided: all of them,
 * or only a few.
 */
public record FieldAccess(boolean all, Set<String> fields) {

	public static final FieldAccess ALL = new FieldAccess(true, Set.of());

	public static final FieldAccess NONE = new FieldAccess(false, Set.of());

	public FieldAccess {
		fields = Set.copyOf(fields);
	}

	static FieldAccess only(Set<String> fields) {
		return new FieldAccess(false, fields);
	}

	public boolean allows(String field) {
		return all || fields.contains(field);
	}

	/** Some fields, not all: a technician's short update form. */
	public boolean partial() {
		return !all && !fields.isEmpty();
	}

	/** Nothing at all may be changed. */
	public boolean none() {
		return !all && fields.isEmpty();
	}
}
