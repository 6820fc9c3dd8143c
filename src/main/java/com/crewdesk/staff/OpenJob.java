package com.crewdesk.staff;

/** A job still open that is assigned to someone (listed when they are deactivated). */
public record OpenJob(String jobNumber, String title, String status) {
}
