package com.crewdesk.imports;

import com.crewdesk.customers.CustomerHistory;
import com.crewdesk.customers.CustomerStore;
import com.crewdesk.customers.CustomerStore.CustomerKeys;
import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.BatchPlan;
import com.crewdesk.jobs.JobBatchService;
import com.crewdesk.jobs.JobBulkWrites;
import com.crewdesk.jobs.StoredJob;
import com.crewdesk.patch.CustomerPatchEngine;
import com.crewdesk.patch.CustomerPatchOutcome;
import com.crewdesk.patch.CustomerValues;
import com.crewdesk.patch.JobField;
import com.crewdesk.patch.JobPatchEngine;
import com.crewdesk.patch.JobValues;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.PatchContext;
import com.crewdesk.patch.PatchOutcome;
import com.crewdesk.staff.StaffRepository;
import com.crewdesk.staff.StaffUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Job rows, a chunk at a time: each row's customer is found by external id, e-mail or
 * exact name in the order the user chose (one query per chunk), or created from the row's
 * name and address when asked; technicians by e-mail among the company's active staff. A
 * row whose external id an earlier import gave a job updates that job (one query per
 * chunk finds them). Every job goes through the job engine; new ones are inserted in JDBC
 * batches with one history row each, changed ones written by the batch edit's write
 * (changed columns, one history row per field), and imports never notify anyone.
 */
@Component
class JobImporter implements RowImporter {

	private final JobPatchEngine engine = new JobPatchEngine();

	private final CustomerPatchEngine customerEngine = new CustomerPatchEngine();

	private final CustomerStore customers;

	private final CustomerHistory customerHistory;

	private final JobBulkWrites jobs;

	private final JobBatchService batches;

	private final StaffRepository staff;

	JobImporter(CustomerStore customers, CustomerHistory customerHistory, JobBulkWrites jobs, JobBatchService batches,
			StaffRepository staff) {
		this.customers = customers;
		this.customerHistory = customerHistory;
		this.jobs = jobs;
		this.batches = batches;
		this.staff = staff;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.JOBS;
	}

	@Override
	public Writes chunk(ImportPass pass, List<NumberedRow> rows) {
		long company = pass.caller.companyId();
		if (pass.staffByEmail == null) {
			pass.staffByEmail = new HashMap<>();
			staff.findByCompany(company)
				.stream()
				.filter(StaffUser::active)
				.forEach(person -> pass.staffByEmail.put(person.email().toLowerCase(Locale.ROOT), person.id()));
		}
		ImportReferences references = new ImportReferences(pass.staffByEmail);
		Chunk chunk = new Chunk(lookUp(company, rows, pass.mapping, references),
				jobs.findByImportIds(company, externalIds(rows, pass.mapping)), references,
				new PatchContext(pass.context.actor(), pass.context.company(), references, pass.context.now()));
		for (NumberedRow row : rows) {
			judge(pass, row, chunk);
		}
		if (!pass.write) {
			return Writes.NONE;
		}
		return () -> {
			customers.insertAll(company, chunk.createdCustomers, pass.context.now(), Channel.IMPORT.createdVia());
			customerHistory.recordAll(pass.caller, Channel.IMPORT, pass.context.now(), chunk.customerChanges);
			jobs.insertAll(pass.caller, chunk.created, Channel.IMPORT, pass.context.now());
			batches.writeJudged(pass.caller, chunk.updated, Channel.IMPORT);
		};
	}

	/**
	 * What one chunk found (customers by key, jobs by external id) and what it will
	 * write.
	 */
	private record Chunk(Map<String, List<CustomerKeys>> known, Map<String, StoredJob> existing,
			ImportReferences references, PatchContext context, Map<UUID, CustomerValues> createdCustomers,
			List<CustomerHistory.Change> customerChanges, Map<UUID, JobValues> created, List<BatchPlan.Item> updated) {

		Chunk(Map<String, List<CustomerKeys>> known, Map<String, StoredJob> existing, ImportReferences references,
				PatchContext context) {
			this(known, existing, references, context, new LinkedHashMap<>(), new ArrayList<>(), new LinkedHashMap<>(),
					new ArrayList<>());
		}

	}

	/**
	 * One row: a second row with the same external id is refused; a row whose external id
	 * an earlier import gave a job updates that job (keeping its customer when the row
	 * names none); any other row creates a job. The engine judges either.
	 */
	private void judge(ImportPass pass, NumberedRow row, Chunk chunk) {
		CSVRecord record = row.record();
		String externalId = JobRows.cell(record, pass.mapping, "external_id");
		if (externalId != null && !pass.externalIds.add(externalId)) {
			pass.refused(row.number(), pass.headers.get(pass.mapping.columnOf("external_id")),
					"'" + externalId + "' appears on an earlier row");
			return;
		}
		StoredJob current = externalId == null ? null : chunk.existing.get(externalId);
		UUID customer = find(pass, record, chunk.known, row.number());
		if (AMBIGUOUS.equals(customer)) {
			return;
		}
		CustomerValues newCustomer = null;
		if (customer == null && (current == null || JobRows.namesCustomer(record, pass.mapping))) {
			if (!pass.mapping.createMissingCustomers()) {
				pass.refused(row.number(), customerColumn(pass), "no customer of your company matches this row");
				return;
			}
			CustomerPatchOutcome outcome = customerEngine.create(JobRows.newCustomer(record, pass.mapping),
					pass.context);
			if (outcome instanceof CustomerPatchOutcome.Rejected rejected) {
				pass.refused(row.number(), rejected.violations(),
						key -> JobRows.customerColumn(key, pass.mapping, pass.headers));
				return;
			}
			customer = UUID.randomUUID();
			newCustomer = ((CustomerPatchOutcome.Applied) outcome).after();
			chunk.references.customer(customer, newCustomer);
		}
		Patch patch = JobRows.patch(record, pass.mapping, customer);
		PatchOutcome outcome = current == null ? engine.create(patch, chunk.context)
				: engine.update(current.values(), patch, chunk.context);
		if (outcome instanceof PatchOutcome.Rejected rejected) {
			pass.refused(row.number(), rejected.violations(), key -> JobRows.column(key, pass.mapping, pass.headers));
			return;
		}
		if (newCustomer != null) {
			chunk.createdCustomers.put(customer, newCustomer);
			chunk.customerChanges.add(new CustomerHistory.Change(customer, "created_via", null, "import"));
			remember(pass, record, customer);
		}
		PatchOutcome.Applied applied = (PatchOutcome.Applied) outcome;
		if (current == null) {
			chunk.created.put(UUID.randomUUID(), applied.after());
			pass.created();
		}
		else if (applied.changes().isEmpty()) {
			pass.unchanged();
		}
		else {
			chunk.updated.add(new BatchPlan.Item(current, applied));
			pass.updated();
		}
		if (pass.shows(row.number())) {
			pass.show(row.number(), stored(applied.after(), record, pass));
		}
	}

	private static List<String> externalIds(List<NumberedRow> rows, ImportMapping mapping) {
		return rows.stream()
			.map(row -> JobRows.cell(row.record(), mapping, "external_id"))
			.filter(id -> id != null)
			.toList();
	}

	/** Marks a row whose customer key matches several customers (already refused). */
	private static final UUID AMBIGUOUS = new UUID(0, 0);

	/**
	 * The row's customer by the chosen matches in order; null when none matches,
	 * {@link #AMBIGUOUS} when one matches several (the row is refused then).
	 */
	private UUID find(ImportPass pass, CSVRecord record, Map<String, List<CustomerKeys>> known, int row) {
		for (String match : pass.mapping.customerMatch()) {
			String key = JobRows.customerKey(record, pass.mapping, match);
			if (key == null) {
				continue;
			}
			UUID created = pass.newCustomers.get(match + ":" + key);
			if (created != null) {
				return created;
			}
			List<CustomerKeys> found = known.getOrDefault(match + ":" + key, List.of());
			if (found.size() == 1) {
				return found.get(0).id();
			}
			if (found.size() > 1) {
				pass.refused(row, customerColumn(pass),
						found.size() + " customers match '" + key + "' by " + match + "; match by another column");
				return AMBIGUOUS;
			}
		}
		return null;
	}

	/**
	 * The chunk's customers by every way the rows may name them: their keys only, in one
	 * query per kind of key.
	 */
	private Map<String, List<CustomerKeys>> lookUp(long company, List<NumberedRow> rows, ImportMapping mapping,
			ImportReferences references) {
		Set<String> ids = new LinkedHashSet<>();
		Set<String> emails = new LinkedHashSet<>();
		Set<String> names = new LinkedHashSet<>();
		for (NumberedRow row : rows) {
			addIfPresent(ids, JobRows.customerKey(row.record(), mapping, "external_id"));
			addIfPresent(emails, JobRows.customerKey(row.record(), mapping, "email"));
			addIfPresent(names, JobRows.customerKey(row.record(), mapping, "name"));
		}
		Map<String, List<CustomerKeys>> known = new HashMap<>();
		for (CustomerKeys customer : customers.findKeys(company, ids, emails, names)) {
			if (customer.externalId() != null && ids.contains(customer.externalId())) {
				known.computeIfAbsent("external_id:" + customer.externalId(), k -> new ArrayList<>()).add(customer);
			}
			if (customer.email() != null) {
				known.computeIfAbsent("email:" + customer.email().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
					.add(customer);
			}
			if (customer.companyName() != null) {
				known.computeIfAbsent("name:" + customer.companyName(), k -> new ArrayList<>()).add(customer);
			}
			String full = ((customer.firstName() == null ? "" : customer.firstName()) + " "
					+ (customer.lastName() == null ? "" : customer.lastName()))
				.strip();
			if (!full.isEmpty() && !full.equals(customer.companyName())) {
				known.computeIfAbsent("name:" + full, k -> new ArrayList<>()).add(customer);
			}
			references.customer(customer.id(), customer.active(), customer.doNotService());
		}
		return known;
	}

	private static void remember(ImportPass pass, CSVRecord record, UUID customer) {
		for (String match : ImportMapping.MATCHES) {
			String key = JobRows.customerKey(record, pass.mapping, match);
			if (key != null) {
				pass.newCustomers.put(match + ":" + key, customer);
			}
		}
	}

	private static String customerColumn(ImportPass pass) {
		for (String target : List.of("customer_external_id", "customer_email", "customer_company_name",
				"customer_last_name", "customer_first_name")) {
			int index = pass.mapping.columnOf(target);
			if (index >= 0 && index < pass.headers.size()) {
				return pass.headers.get(index);
			}
		}
		return "customer";
	}

	private static Map<String, String> stored(JobValues values, CSVRecord record, ImportPass pass) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < pass.mapping.columns().size() && i < pass.headers.size(); i++) {
			String target = pass.mapping.columns().get(i);
			if (target == null || target.isEmpty()) {
				continue;
			}
			String cell = i < record.size() ? record.get(i).strip() : "";
			Object shown = JobField.byApiName(target).map(field -> field.toRaw(values.get(field))).orElse(cell);
			row.put(pass.headers.get(i), shown == null ? "" : String.valueOf(shown));
		}
		return row;
	}

	private static void addIfPresent(Set<String> set, String value) {
		if (value != null) {
			set.add(value);
		}
	}

}
