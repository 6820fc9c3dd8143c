package com.crewdesk.imports;

/**
 * Text written into a CSV file for spreadsheets: a cell starting with = + - @ (or a tab
 * or carriage return) would be run as a formula, so it gets a leading apostrophe (OWASP
 * "CSV injection"). The stored value stays as it was typed.
 */
final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
