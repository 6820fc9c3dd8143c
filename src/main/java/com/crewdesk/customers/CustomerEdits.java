package com.crewdesk.customers;

import com.crewdesk.customers.CustomerStore.StoredCustomer;
import com.crewdesk.jobs.Channel;
import com.crewdesk.jobs.JobEdit;
import com.crewdesk.jobs.JobEdit.Decision;
import com.crewdesk.jobs.JobEdits;
import com.crewdesk.patch.CustomFieldSet;
import com.crewdesk.patch.CustomerPatchEngine;
import com.crewdesk.patch.CustomerPatchOutcome;
import com.crewdesk.patch.Patch;
import com.crewdesk.patch.PatchContext;
import com.crewdesk.security.Caller;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer edits made in a form against the version the person loaded (P15), merged as
 * {@link JobEdits} merges job edits and with its rules: a field someone else changed
 * meanwhile is kept when the person left it alone, and is a conflict when both changed it
 * to different values; then nothing is written until the person decides per field. A
 * single custom field ({@code custom_fields[KEY]}) is its own field here, folded into the
 * customer's current set (P8) when written.
 */
@Service
public class CustomerEdits {

	/** What became of an edit. */
	public sealed interface Outcome {

		StoredCustomer customer();

	}

	/** Written (or nothing to write). */
	public record Saved(StoredCustomer customer) implements Outcome {
	}

	/** Nothing written: these fields were changed by someone else too. */
	public record Conflicted(StoredCustomer customer, List<String> fields) implements Outcome {
	}

	private static final CustomerPatchEngine ENGINE = new CustomerPatchEngine();

	private final CustomerService customers;

	CustomerEdits(CustomerService customers) {
		this.customers = customers;
	}

	@Transactional
	public Outcome save(Caller caller, UUID id, JobEdit edit) {
		StoredCustomer current = customers.live(caller, id);
		PatchContext context = customers.context(caller);
		List<String> conflicts = JobEdits.conflicts(current.version(), edit,
				(name, raw) -> keeps(current, name, raw, context));
		if (!conflicts.isEmpty()) {
			return new Conflicted(current, conflicts);
		}
		Patch patch = patch(current, edit);
		return new Saved(
				patch.isEmpty() ? current : customers.update(caller, id, patch, current.version(), Channel.UI));
	}

	/**
	 * The patch that writes what the person wants, leaving out what they chose to take.
	 */
	static Patch patch(StoredCustomer current, JobEdit edit) {
		Map<String, Object> patch = new LinkedHashMap<>();
		edit.fields().forEach((name, field) -> {
			if (JobEdits.decision(current.version(), edit, name).orElse(null) != Decision.TAKE_THEIRS) {
				patch.put(name, field.wanted());
			}
		});
		return Patch.of(CustomFieldSet.foldSingles(patch, current.values().customFields()));
	}

	private static boolean keeps(StoredCustomer current, String name, Object raw, PatchContext context) {
		Map<String, Object> single = new HashMap<>();
		single.put(name, raw);
		return ENGINE.update(current.values(),
				Patch.of(CustomFieldSet.foldSingles(single, current.values().customFields())),
				context) instanceof CustomerPatchOutcome.Applied applied && applied.changes().isEmpty();
	}

}
