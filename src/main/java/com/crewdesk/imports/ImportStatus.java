package com.crewdesk.imports;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An import as stored (without its file): what was uploaded, the mapping, the state and
 * the counts of the last validation or import.
 */
public record ImportStatus(UUID id, ImportKind kind, String fileName, String encoding, char delimiter,
		List<String> headers, int total, ImportMapping mapping, String state, int done, int newRows, int updatedRows,
		int unchangedRows, int errorRows, boolean validOnly, boolean autoImport, String summary,
		List<Map<String, String>> preview, Instant createdAt, Instant finishedAt) {

	/** Validation or import waiting or under way. */
	public boolean running() {
		return "VALIDATING".equals(state) || "IMPORTING".equals(state);
	}

	public boolean validated() {
		return "VALIDATED".equals(state);
	}

	public boolean finished() {
		return "SUCCEEDED".equals(state) || "FAILED".equals(state);
	}

	/** Whole percent of rows done. */
	public int percent() {
		return total == 0 ? 100 : (int) Math.min(100, 100L * done / total);
	}

	public CsvLayout layout() {
		return CsvLayout.of(encoding, delimiter);
	}

	/** The headers of the mapped columns, in file order. */
	public List<String> mappedHeaders() {
		return java.util.stream.IntStream.range(0, Math.min(headers.size(), mapping.columns().size()))
			.filter(i -> !mapping.columns().get(i).isEmpty())
			.mapToObj(headers::get)
			.toList();
	}

	/** "4,812 rows will be created, 188 have errors": what the check found. */
	public String checkSummary() {
		return count(newRows, "row", "rows") + " will be created, " + count(errorRows, "has errors", "have errors");
	}

	/** "1 row", "7 rows": the file's size. */
	public String rowsInFile() {
		return count(total, "row", "rows");
	}

	private static String count(int n, String one, String many) {
		return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
	}

	/** Rows that will be (or were) written: new plus updated. */
	public int writtenRows() {
		return newRows + updatedRows;
	}

}
