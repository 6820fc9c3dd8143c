package com.crewdesk.imports;

/** One error of one row: row number (1 = first row after the header), column, message. */
public record RowProblem(int row, String column, String message) {
}
