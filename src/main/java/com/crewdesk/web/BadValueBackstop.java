package com.crewdesk.web;

import java.sql.SQLException;
import org.springframework.dao.DataAccessException;

/**
 * Recognises a database refusal that was caused by the value sent, not by the server:
 * PostgreSQL's class 22 ("data exception": a NUL byte, a date or number out of range, a
 * malformed value). The checks in front of the database should catch all of these; this
 * turns one they missed into a 400 instead of a 500.
 */
public final class BadValueBackstop {

	private BadValueBackstop() {
	}

	public static boolean isBadValue(Throwable failure) {
		if (!(failure instanceof DataAccessException)) {
			return false;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				return true;
			}
		}
		return false;
	}

}
