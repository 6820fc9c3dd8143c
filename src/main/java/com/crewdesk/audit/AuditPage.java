package com.crewdesk.audit;

import java.util.List;

/** One page of entries; {@code hasNext} tells whether another page follows. */
public record AuditPage(List<AuditRow> rows, int page, boolean hasNext) {
}
