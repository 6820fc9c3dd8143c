package com.crewdesk.imports;

import java.util.List;

/** Validates, or writes, a chunk of rows of one kind of file. */
interface RowImporter {

	ImportKind kind();

	/**
	 * Judges each row with the engine and counts it in the pass (new, updated, unchanged
	 * or refused); writes the accepted rows when the pass writes.
	 */
	void chunk(ImportPass pass, List<NumberedRow> rows);

}
