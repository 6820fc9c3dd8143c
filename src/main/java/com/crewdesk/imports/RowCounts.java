package com.crewdesk.imports;

/** Rows seen, and how many are (or were) new, updated, unchanged or in error. */
record RowCounts(int rows, int created, int updated, int unchanged, int errors) {

	static final RowCounts NONE = new RowCounts(0, 0, 0, 0, 0);

	RowCounts plus(RowCounts other) {
		return new RowCounts(rows + other.rows, created + other.created, updated + other.updated,
				unchanged + other.unchanged, errors + other.errors);
	}

}
