package com.crewdesk.imports;

import com.crewdesk.patch.PatchContext;
import com.crewdesk.patch.Violations;
import com.crewdesk.security.Caller;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One pass over a file, validating ({@code write} false) or importing: who, the engine's
 * context, the mapping, and what the pass found so far. Holds counts, the first rows as
 * they will be stored and the external ids seen (to refuse a second row with the same
 * one), never the rows themselves.
 */
final class ImportPass {

	static final int PREVIEW_ROWS = 20;

	final Caller caller;

	final PatchContext context;

	final ImportMapping mapping;

	final List<String> headers;

	final boolean write;

	final List<Map<String, String>> preview = new ArrayList<>();

	final Set<String> externalIds = new HashSet<>();

	/**
	 * Customers that job rows of this pass created, by how later rows may name them
	 * ("email:ann@x.test", "name:Ann Lee", "external_id:C-1").
	 */
	final Map<String, UUID> newCustomers = new HashMap<>();

	/** The company's active staff by lower-case e-mail, loaded once per pass. */
	Map<String, UUID> staffByEmail;

	private final List<RowProblem> problems = new ArrayList<>();

	private RowCounts counts = RowCounts.NONE;

	ImportPass(Caller caller, PatchContext context, ImportMapping mapping, List<String> headers, boolean write) {
		this.caller = caller;
		this.context = context;
		this.mapping = mapping;
		this.headers = headers;
		this.write = write;
	}

	void created() {
		counts = counts.plus(new RowCounts(1, 1, 0, 0, 0));
	}

	void updated() {
		counts = counts.plus(new RowCounts(1, 0, 1, 0, 0));
	}

	void unchanged() {
		counts = counts.plus(new RowCounts(1, 0, 0, 1, 0));
	}

	void refused(int row, String column, String message) {
		counts = counts.plus(new RowCounts(1, 0, 0, 0, 1));
		problems.add(new RowProblem(row, column, message));
		showError(row, column + ": " + message);
	}

	/** The engine's violations of a customer row, each named by its column. */
	void refused(int row, Violations violations) {
		refused(row, violations, key -> CustomerRows.column(key, mapping, headers));
	}

	/**
	 * The engine's violations of a row, each named by the column that {@code columnOf}
	 * finds for its key.
	 */
	void refused(int row, Violations violations, java.util.function.UnaryOperator<String> columnOf) {
		counts = counts.plus(new RowCounts(1, 0, 0, 0, 1));
		List<String> messages = new ArrayList<>();
		violations.byField().forEach((key, list) -> {
			String column = columnOf.apply(key);
			list.forEach(message -> {
				problems.add(new RowProblem(row, column, message));
				messages.add(column + ": " + message);
			});
		});
		showError(row, String.join("; ", messages));
	}

	/**
	 * Whether the row would be shown in the preview (so the row as stored is only built
	 * for those).
	 */
	boolean shows(int row) {
		return preview.size() < PREVIEW_ROWS && row <= PREVIEW_ROWS;
	}

	/** Shows a row in the preview while there is room: as stored, or its errors. */
	void show(int row, Map<String, String> stored) {
		if (shows(row)) {
			stored.put("#", String.valueOf(row));
			preview.add(stored);
		}
	}

	private void showError(int row, String message) {
		if (shows(row)) {
			preview.add(Map.of("#", String.valueOf(row), "error", message));
		}
	}

	RowCounts counts() {
		return counts;
	}

	/** The problems found since the last call, for storing them chunk by chunk. */
	List<RowProblem> takeProblems() {
		List<RowProblem> taken = List.copyOf(problems);
		problems.clear();
		return taken;
	}

}
