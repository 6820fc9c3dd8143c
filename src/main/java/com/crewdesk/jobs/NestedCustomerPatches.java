package com.crewdesk.jobs;

import com.crewdesk.customers.CustomerStore;
import com.crewdesk.patch.CustomerFieldChange;
import com.crewdesk.patch.CustomerPatchEngine;
import com.crewdesk.patch.CustomerPatchOutcome;
import com.crewdesk.patch.PatchContext;
import com.crewdesk.patch.PatchOutcome;
import com.crewdesk.patch.Violations;
import com.crewdesk.security.Caller;
import com.crewdesk.webhooks.ChangeEvents;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * P10: a job patch may carry a nested {@code customer} object that partially updates the
 * job's customer. The customer engine judges it; the changes are recorded in the job's
 * history as {@code customer.<field>}, and webhooks get a {@code customer.updated}.
 */
@Component
class NestedCustomerPatches {

	private final CustomerPatchEngine engine = new CustomerPatchEngine();

	private final CustomerStore customers;

	private final JobHistoryWriter history;

	private final ChangeEvents events;

	NestedCustomerPatches(CustomerStore customers, JobHistoryWriter history, ChangeEvents events) {
		this.customers = customers;
		this.history = history;
		this.events = events;
	}

	/** Applies the nested customer patch, if any; true when the customer changed. */
	boolean apply(Caller caller, StoredJob job, PatchOutcome.Applied applied, PatchContext context) {
		if (applied.customerPatch() == null) {
			return false;
		}
		UUID customerId = applied.after().customerUuid();
		CustomerStore.StoredCustomer customer = customers.find(caller.companyId(), customerId).orElseThrow();
		CustomerPatchOutcome outcome = engine.update(customer.values(), applied.customerPatch(), context);
		if (outcome instanceof CustomerPatchOutcome.Rejected rejected) {
			throw new PatchRejectedException(Violations.builder().addAll("customer.", rejected.violations()).build());
		}
		CustomerPatchOutcome.Applied changed = (CustomerPatchOutcome.Applied) outcome;
		if (changed.changes().isEmpty()) {
			return false;
		}
		if (!customers.update(caller.companyId(), customerId, customer.version(), changed.changes(), context.now())) {
			throw new StaleJobException(job);
		}
		for (CustomerFieldChange change : changed.changes()) {
			history.recordOne(caller, Channel.forRecord(caller), context.now(), job.id(),
					"customer." + change.field().apiName(), change.field().toRaw(change.oldValue()),
					change.field().toRaw(change.newValue()));
		}
		events.customerUpdated(caller.companyId(), customerId, changed.changes());
		return true;
	}

}
