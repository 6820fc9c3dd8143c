package com.crewdesk.patch;

import java.time.Instant;

/**
 * Everything around a patch: who, the company's rules, reference checks and the clock.
 */
public record PatchContext(Actor actor, CompanyRules company, ReferenceLookup references, Instant now) {
}
