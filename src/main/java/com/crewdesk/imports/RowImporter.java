package com.crewdesk.imports;

import java.util.List;

/** Validates, or writes, a chunk of rows of one kind of file. */
interface RowImporter {

	ImportKind kind();

	/**
	 * Judges each row with the engine and counts it in the pass (new, updated, unchanged
	 * or refused), reading what the rows reference; returns the writes of the accepted
	 * rows, which the runner applies in the import's transaction (none when the pass does
	 * not write). Judging writes nothing, so the runner judges the next chunk while the
	 * writes of this one run.
	 */
	Writes chunk(ImportPass pass, List<NumberedRow> rows);

	/** The writes of one judged chunk. */
	@FunctionalInterface
	interface Writes {

		Writes NONE = () -> {
		};

		void apply();

	}

}
