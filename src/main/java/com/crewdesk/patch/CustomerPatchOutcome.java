package com.crewdesk.patch;

import java.util.List;

/**
 * What the customer engine decided: the patch applies (with its changes), or it is
 * refused.
 */
public sealed interface CustomerPatchOutcome {

	/**
	 * {@code before} is null on create; {@code changes} lists only fields whose value
	 * really changes.
	 */
	record Applied(CustomerValues before, CustomerValues after,
			List<CustomerFieldChange> changes) implements CustomerPatchOutcome {

		public Applied {
			changes = List.copyOf(changes);
		}
	}

	record Rejected(Violations violations) implements CustomerPatchOutcome {
	}

	default boolean isApplied() {
		return this instanceof Applied;
	}

}
