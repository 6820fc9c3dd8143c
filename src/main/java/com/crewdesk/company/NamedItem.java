package com.crewdesk.company;

import java.time.Instant;

/**
 * A checklist step or a customer tag: id, key (steps only; tags use the label), label,
 * order, retired.
 */
public record NamedItem(long id, String key, String label, int position, Instant retiredAt) {

	public boolean retired() {
		return retiredAt != null;
	}
}
