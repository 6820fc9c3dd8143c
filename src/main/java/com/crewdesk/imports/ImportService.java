package com.crewdesk.imports;

import com.crewdesk.company.CompanyRulesService;
import com.crewdesk.company.CustomFieldSetting;
import com.crewdesk.patch.Rulebook;
import com.crewdesk.security.Caller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * CSV imports of customers and jobs: upload (size, encoding, delimiter, rows), mapping,
 * validation and import requests, which the {@link ImportRunner} carries out in the
 * background, and the bad rows as a CSV file.
 */
@Service
public class ImportService {

	public static final long MAX_BYTES = 50L << 20;

	public static final int MAX_ROWS = 200_000;

	private final ImportStore store;

	private final ImportRunner runner;

	private final CompanyRulesService rules;

	ImportService(ImportStore store, ImportRunner runner, CompanyRulesService rules) {
		this.store = store;
		this.runner = runner;
		this.rules = rules;
	}

	/**
	 * Stores an uploaded file with its detected layout, header and a guessed mapping; the
	 * rows are counted (and the CSV checked) as it is read.
	 */
	public UUID upload(Caller caller, ImportKind kind, String fileName, byte[] bytes) {
		requireImporter(caller);
		if (bytes.length == 0) {
			throw new ImportInputException("file", "The file is empty; choose a CSV file");
		}
		if (bytes.length > MAX_BYTES) {
			throw new ImportInputException("file", "The file is larger than 50 MB; split it into smaller files");
		}
		CsvLayout layout = CsvLayout.detect(bytes);
		List<String> headers = new ArrayList<>();
		int rows = 0;
		try (CSVParser parser = layout.open(bytes)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new ImportInputException("file", "The file has no header row");
			}
			records.next().forEach(header -> headers.add(header.strip()));
			while (records.hasNext()) {
				records.next();
				if (++rows > MAX_ROWS) {
					throw new ImportInputException("file", "The file has more than 200,000 rows; split it");
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new ImportInputException("file", "The file is not valid CSV (row " + (rows + 1) + ")");
		}
		if (headers.stream().anyMatch(header -> header.indexOf('\0') >= 0)) {
			throw new ImportInputException("file", "The header row must not contain a NUL character");
		}
		if (rows == 0) {
			throw new ImportInputException("file", "The file has a header but no rows");
		}
		UUID id = UUID.randomUUID();
		store.insert(id, new ImportStore.Owner(caller.companyId(), caller.staffId(), caller.apiKeyId()), kind,
				cleanName(fileName), bytes, layout, headers, rows, guess(caller, kind, headers));
		return id;
	}

	public ImportStatus status(Caller caller, UUID id) {
		requireImporter(caller);
		return store.find(caller.companyId(), id).orElseThrow(() -> new ImportNotFoundException(id));
	}

	/**
	 * Validates every row with this mapping in the background (nothing written); saves
	 * the mapping under {@code saveAs} when given.
	 */
	public void validate(Caller caller, UUID id, ImportMapping mapping, String saveAs) {
		ImportStatus status = status(caller, id);
		checkMapping(caller, status, mapping);
		if (saveAs != null && !saveAs.isBlank()) {
			if (saveAs.strip().length() > 100 || saveAs.indexOf('\0') >= 0) {
				throw new ImportInputException("mapping_name", "must be at most 100 characters");
			}
			store.saveMapping(caller.companyId(), status.kind(), saveAs.strip(), mapping);
		}
		if (!store.requestValidation(caller.companyId(), id, mapping, false, false)) {
			throw new ImportInputException("state",
					"This import is " + status.state().toLowerCase() + "; it cannot be validated again", true);
		}
		runner.wake();
	}

	private void checkMapping(Caller caller, ImportStatus status, ImportMapping mapping) {
		if (mapping.columns().size() != status.headers().size()) {
			throw new ImportInputException("mapping",
					"must name a field (or nothing) for each of the " + status.headers().size() + " columns");
		}
		List<String> problems = mapping.problems(status.kind(), customKeys(caller, status.kind()).keySet());
		if (!problems.isEmpty()) {
			throw new ImportInputException("mapping", String.join("; ", problems));
		}
	}

	/**
	 * Checks every row and then, when no row has an error or {@code validOnly}, imports
	 * the file, all in the background (the API's one call).
	 */
	public void validateAndImport(Caller caller, UUID id, ImportMapping mapping, boolean validOnly) {
		ImportStatus status = status(caller, id);
		checkMapping(caller, status, mapping);
		store.requestValidation(caller.companyId(), id, mapping, true, validOnly);
		runner.wake();
	}

	/**
	 * Imports a validated file in the background; refused while rows have errors unless
	 * the valid rows only are asked for.
	 */
	public void start(Caller caller, UUID id, boolean validOnly) {
		ImportStatus status = status(caller, id);
		if (!store.requestImport(caller.companyId(), id, validOnly)) {
			String why = !status.validated() ? "This import is " + status.state().toLowerCase()
					: status.writtenRows() == 0 ? "No row would be created or updated"
							: status.errorRows() + " row(s) have errors: fix them, or import the valid rows only";
			throw new ImportInputException("state", why, true);
		}
		runner.wake();
	}

	public List<RowProblem> errors(Caller caller, UUID id, int limit) {
		status(caller, id);
		return store.errors(caller.companyId(), id, limit);
	}

	/**
	 * The rows that have errors, as in the file, with an extra {@code error} column; a
	 * cell that a spreadsheet would run as a formula is written with a leading
	 * apostrophe.
	 */
	public void writeErrors(Caller caller, UUID id, Writer out) throws IOException {
		ImportStatus status = status(caller, id);
		Map<Integer, String> bad = store.errorsByRow(caller.companyId(), id);
		List<String> header = new ArrayList<>(status.headers());
		header.add("error");
		try (CSVParser parser = status.layout().open(store.file(caller.companyId(), id));
				CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord(header.stream().map(SpreadsheetCells::safe));
			Iterator<CSVRecord> records = CsvLayout.rows(parser);
			for (int number = 1; records.hasNext() && !bad.isEmpty(); number++) {
				CSVRecord record = records.next();
				String error = bad.remove(number);
				if (error != null) {
					List<String> cells = new ArrayList<>();
					record.forEach(cell -> cells.add(SpreadsheetCells.safe(cell)));
					cells.add(SpreadsheetCells.safe(error));
					csv.printRecord(cells);
				}
			}
		}
	}

	public Map<String, ImportMapping> mappings(Caller caller, ImportKind kind) {
		requireImporter(caller);
		return store.mappings(caller.companyId(), kind);
	}

	/** Every target of a kind with its label: the fixed fields, then custom fields. */
	public Map<String, String> targets(Caller caller, ImportKind kind) {
		Map<String, String> targets = new LinkedHashMap<>();
		kind.targets().forEach(target -> targets.put(target, target));
		customKeys(caller, kind).forEach((key, label) -> targets.put(ImportKind.CUSTOM + key, label + " (custom)"));
		return targets;
	}

	private ImportMapping guess(Caller caller, ImportKind kind, List<String> headers) {
		Map<String, String> custom = customKeys(caller, kind);
		List<String> columns = new ArrayList<>();
		for (String header : headers) {
			String target = kind.guess(header, List.copyOf(custom.keySet()), custom).orElse("");
			columns.add(columns.contains(target) ? "" : target);
		}
		return new ImportMapping(columns, ImportMapping.MATCHES, false);
	}

	private Map<String, String> customKeys(Caller caller, ImportKind kind) {
		List<CustomFieldSetting> fields = kind == ImportKind.CUSTOMERS ? rules.activeCustomerFields(caller.companyId())
				: rules.activeJobFields(caller.companyId());
		Map<String, String> keys = new LinkedHashMap<>();
		fields.forEach(field -> keys.put(field.fieldKey(), field.label()));
		return keys;
	}

	private static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}]", "").strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return name.isEmpty() ? "upload.csv" : name.length() > 255 ? name.substring(0, 255) : name;
	}

	private static void requireImporter(Caller caller) {
		if (!Rulebook.importsData(caller.actor())) {
			throw new ImportForbiddenException();
		}
	}

}
