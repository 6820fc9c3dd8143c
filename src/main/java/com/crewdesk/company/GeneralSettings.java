package com.crewdesk.company;

/**
 * A company's name, time zone and whether technicians may change a job's scheduled day.
 */
public record GeneralSettings(String name, String timeZone, boolean workersEditJob) {
}
