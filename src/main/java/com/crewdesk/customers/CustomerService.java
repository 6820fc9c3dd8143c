package com.crewdesk.customers;

import com.crewdesk.company.CompanyRulesService;
import com.crewdesk.customers.CustomerStore.StoredCustomer;
import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.PatchRejectedException;
import com.crewdesk.patch.CustomerField;
import com.crewdesk.patch.CustomerFieldChange;
import com.crewdesk.patch.CustomerPatchEngine;
import com.crewdesk.patch.CustomerPatchOutcome;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.PatchContext;
import com.crewdesk.patch.Rulebook;
import com.crewdesk.patch.Violations;
import com.crewdesk.security.Caller;
import com.crewdesk.webhooks.ChangeEvents;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every write to a customer, from a form or the API, comes through here: load, engine,
 * version-guarded write, one history row per changed field (P15, P17). Soft delete is
 * refused while the customer has open jobs (P14).
 */
@Service
public class CustomerService {

	private final CustomerPatchEngine engine = new CustomerPatchEngine();

	private final CustomerStore store;

	private final CustomerHistory history;

	private final CompanyRulesService rules;

	private final ChangeEvents events;

	CustomerService(CustomerStore store, CustomerHistory history, CompanyRulesService rules, ChangeEvents events) {
		this.store = store;
		this.events = events;
		this.history = history;
		this.rules = rules;
	}

	/**
	 * A customer the caller may see, deleted ones included; another company's is a 404.
	 */
	@Transactional(readOnly = true)
	public StoredCustomer get(Caller caller, UUID id) {
		return store.find(caller.companyId(), id)
			.filter(customer -> visibleTo(caller, customer))
			.orElseThrow(() -> new CustomerNotFoundException(id));
	}

	@Transactional
	public StoredCustomer create(Caller caller, Patch patch, Channel channel) {
		PatchContext context = context(caller);
		CustomerPatchOutcome.Applied applied = applied(engine.create(patch, context));
		UUID id = UUID.randomUUID();
		store.insert(caller.companyId(), id, applied.after(), context.now(), channel.createdVia());
		for (CustomerFieldChange change : applied.changes()) {
			history.record(caller, channel, context.now(), id, change.field().apiName(), null, change.newRaw());
		}
		events.customerCreated(caller.companyId(), id, applied.changes());
		return store.find(caller.companyId(), id).orElseThrow();
	}

	/**
	 * Applies a partial update. With {@code expectedVersion} the patch must have been
	 * made against that version (else {@link StaleCustomerException}, nothing written). A
	 * patch that changes nothing writes nothing.
	 */
	@Transactional
	public StoredCustomer update(Caller caller, UUID id, Patch patch, Long expectedVersion, Channel channel) {
		StoredCustomer current = live(caller, id);
		if (expectedVersion != null && current.version() != expectedVersion) {
			throw new StaleCustomerException(current);
		}
		PatchContext context = context(caller);
		CustomerPatchOutcome.Applied applied = applied(engine.update(current.values(), patch, context));
		if (applied.changes().isEmpty()) {
			return current;
		}
		if (!store.update(caller.companyId(), id, current.version(), applied.changes(), context.now())) {
			throw new StaleCustomerException(live(caller, id));
		}
		for (CustomerFieldChange change : applied.changes()) {
			history.record(caller, channel, context.now(), id, change.field().apiName(), change.oldRaw(),
					change.newRaw());
		}
		events.customerUpdated(caller.companyId(), id, applied.changes());
		return store.find(caller.companyId(), id).orElseThrow();
	}

	/**
	 * The violations a create ({@code id} null) or an update would be refused with, or
	 * none; writes nothing.
	 */
	@Transactional(readOnly = true)
	public Violations check(Caller caller, UUID id, Patch patch) {
		PatchContext context = context(caller);
		CustomerPatchOutcome outcome = id == null ? engine.create(patch, context)
				: engine.update(live(caller, id).values(), patch, context);
		return outcome instanceof CustomerPatchOutcome.Rejected rejected ? rejected.violations()
				: Violations.builder().build();
	}

	/** Soft delete (P14); refused while the customer has open jobs, naming how many. */
	@Transactional
	public StoredCustomer softDelete(Caller caller, UUID id, Long expectedVersion, Channel channel) {
		requireManager(caller);
		StoredCustomer current = live(caller, id);
		if (expectedVersion != null && current.version() != expectedVersion) {
			throw new StaleCustomerException(current);
		}
		long open = store.openJobs(caller.companyId(), id);
		if (open > 0) {
			throw new CustomerHasOpenJobsException(id, open);
		}
		Instant now = now();
		if (!store.markDeleted(caller.companyId(), id, current.version(), caller.staffId(), now)) {
			throw new StaleCustomerException(live(caller, id));
		}
		history.record(caller, channel, now, id, CustomerField.DELETED_AT.apiName(), null, now.toString());
		events.customerDeleted(caller.companyId(), id, now);
		return store.find(caller.companyId(), id).orElseThrow();
	}

	@Transactional
	public StoredCustomer restore(Caller caller, UUID id, Channel channel) {
		requireManager(caller);
		StoredCustomer current = get(caller, id);
		if (!current.isDeleted()) {
			return current;
		}
		Instant now = now();
		if (!store.markRestored(caller.companyId(), id, current.version(), now)) {
			throw new StaleCustomerException(get(caller, id));
		}
		history.record(caller, channel, now, id, CustomerField.DELETED_AT.apiName(),
				current.values().get(CustomerField.DELETED_AT).toString(), null);
		events.customerRestored(caller.companyId(), id);
		return store.find(caller.companyId(), id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<CustomerHistory.Entry> history(Caller caller, UUID id, int limit, int page) {
		get(caller, id);
		return history.page(caller.companyId(), id, limit, page);
	}

	StoredCustomer live(Caller caller, UUID id) {
		return store.find(caller.companyId(), id)
			.filter(customer -> !customer.isDeleted())
			.filter(customer -> visibleTo(caller, customer))
			.orElseThrow(() -> new CustomerNotFoundException(id));
	}

	/** Technicians see only the customers of their own jobs (Rulebook). */
	private boolean visibleTo(Caller caller, StoredCustomer customer) {
		UUID only = Rulebook.customersLimitedTo(caller.actor());
		return only == null || store.hasJobAssignedTo(caller.companyId(), customer.id(), only);
	}

	private static void requireManager(Caller caller) {
		Rulebook.refuseCustomerChange(caller.actor()).ifPresent(refusal -> {
			throw new PatchRejectedException(refusal);
		});
	}

	PatchContext context(Caller caller) {
		return new PatchContext(caller.actor(), rules.rulesFor(caller.companyId()), null, now());
	}

	private static CustomerPatchOutcome.Applied applied(CustomerPatchOutcome outcome) {
		if (outcome instanceof CustomerPatchOutcome.Rejected rejected) {
			throw new PatchRejectedException(rejected.violations());
		}
		return (CustomerPatchOutcome.Applied) outcome;
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
