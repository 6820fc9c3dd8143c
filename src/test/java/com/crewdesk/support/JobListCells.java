package com.crewdesk.support;

/**
 * Finds the jobs list's cells in a browser test. The cells carry no classes (issue 16:
 * the rows are kept small): a cell's column is the one whose header has that
 * {@code data-column} ("title", "status", ...), so the cell is the row's child at the
 * header's position.
 */
public final class JobListCells {

	private JobListCells() {
	}

	/**
	 * A Playwright selector for the cells of one column within a row, a table body or a
	 * table: chain it, e.g. {@code page.locator("#job-" + id + " >> " + cell("status"))}.
	 */
	public static String cell(String column) {
		return "xpath=descendant-or-self::tr[parent::tbody]/*[position() = count(ancestor::table[1]/thead/tr/th[@data-column='"
				+ column + "']/preceding-sibling::*) + 1]";
	}

}
