package com.crewdesk.dashboard;

/** How many live jobs of a company (or of one technician) have one status. */
public record StatusCount(String status, long count) {
}
