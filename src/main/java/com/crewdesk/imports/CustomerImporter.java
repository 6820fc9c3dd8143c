package com.crewdesk.imports;

import com.crewdesk.customers.CustomerHistory;
import com.crewdesk.customers.CustomerStore;
import com.crewdesk.customers.CustomerStore.StoredCustomer;
import com.crewdesk.jobs.Channel;
import com.crewdesk.patch.CustomerFieldChange;
import com.crewdesk.patch.CustomerPatchEngine;
import com.crewdesk.patch.CustomerPatchOutcome;
import com.crewdesk.patch.CustomerValues;
import com.crewdesk.patch.Patch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Customer rows, a chunk at a time: each row goes through the customer engine (create, or
 * update when its external id is already there); when writing, the new customers and
 * their history are inserted with JDBC batches and updates go through the store's
 * version-guarded update with one history row per changed field.
 */
@Component
class CustomerImporter implements RowImporter {

	private final CustomerPatchEngine engine = new CustomerPatchEngine();

	private final CustomerStore customers;

	private final CustomerHistory history;

	CustomerImporter(CustomerStore customers, CustomerHistory history) {
		this.customers = customers;
		this.history = history;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.CUSTOMERS;
	}

	@Override
	public Writes chunk(ImportPass pass, List<NumberedRow> rows) {
		long company = pass.caller.companyId();
		List<String> ids = rows.stream()
			.map(row -> CustomerRows.externalId(row.record(), pass.mapping))
			.filter(id -> id != null)
			.toList();
		Map<String, StoredCustomer> existing = customers.findByImportIds(company, ids);
		// The engine judges the rows in parallel (it holds no state: request threads
		// share it too); counting them, in file order, stays on this thread.
		List<Judgement> judgements = rows.parallelStream().map(row -> judge(pass, row, existing)).toList();
		Map<UUID, CustomerValues> created = new LinkedHashMap<>();
		List<CustomerHistory.Change> changes = new ArrayList<>();
		List<Update> updates = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			NumberedRow row = rows.get(i);
			String externalId = judgements.get(i).externalId();
			if (externalId != null && !pass.externalIds.add(externalId)) {
				pass.refused(row.number(), pass.headers.get(pass.mapping.columnOf("external_id")),
						"'" + externalId + "' appears on an earlier row");
				continue;
			}
			StoredCustomer current = judgements.get(i).current();
			CustomerPatchOutcome outcome = judgements.get(i).outcome();
			if (outcome instanceof CustomerPatchOutcome.Rejected rejected) {
				pass.refused(row.number(), rejected.violations());
				continue;
			}
			CustomerPatchOutcome.Applied applied = (CustomerPatchOutcome.Applied) outcome;
			if (pass.shows(row.number())) {
				pass.show(row.number(), CustomerRows.stored(applied.after(), pass.mapping, pass.headers));
			}
			if (current == null) {
				pass.created();
				UUID id = UUID.randomUUID();
				created.put(id, applied.after());
				changes.add(new CustomerHistory.Change(id, "created_via", null, "import"));
			}
			else if (applied.changes().isEmpty()) {
				pass.unchanged();
			}
			else {
				pass.updated();
				updates.add(new Update(current, applied.changes()));
			}
		}
		if (!pass.write) {
			return Writes.NONE;
		}
		return () -> {
			customers.insertAll(company, created, pass.context.now(), Channel.IMPORT.createdVia());
			updates.forEach(update -> update(pass, update, changes));
			history.recordAll(pass.caller, Channel.IMPORT, pass.context.now(), changes);
		};
	}

	/** A row as the engine judged it: a new customer, or an update of {@code current}. */
	private record Judgement(String externalId, StoredCustomer current, CustomerPatchOutcome outcome) {
	}

	private Judgement judge(ImportPass pass, NumberedRow row, Map<String, StoredCustomer> existing) {
		String externalId = CustomerRows.externalId(row.record(), pass.mapping);
		StoredCustomer current = externalId == null ? null : existing.get(externalId);
		Patch patch = CustomerRows.patch(row.record(), pass.mapping);
		return new Judgement(externalId, current, current == null ? engine.create(patch, pass.context)
				: engine.update(current.values(), patch, pass.context));
	}

	/** A customer that a row changes, and its changes as the engine judged them. */
	private record Update(StoredCustomer current, List<CustomerFieldChange> changes) {
	}

	/**
	 * Writes an update (version-guarded) and adds a history row per changed field.
	 */
	private void update(ImportPass pass, Update update, List<CustomerHistory.Change> changes) {
		StoredCustomer current = update.current();
		if (!customers.update(pass.caller.companyId(), current.id(), current.version(), update.changes(),
				pass.context.now())) {
			throw new IllegalStateException("Customer " + current.id() + " changed during the import");
		}
		for (CustomerFieldChange change : update.changes()) {
			changes.add(new CustomerHistory.Change(current.id(), change.field().apiName(), change.oldRaw(),
					change.newRaw()));
		}
	}

}
