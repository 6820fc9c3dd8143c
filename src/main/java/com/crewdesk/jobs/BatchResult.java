package com.crewdesk.jobs;

import java.util.List;
import java.util.UUID;

/**
 * What an applied batch did: the jobs it changed and those that already had the values.
 */
public record BatchResult(List<UUID> changed, List<UUID> unchanged) {
}
