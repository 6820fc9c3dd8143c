package com.crewdesk.staff;

/** What a staff member may do in the portal (SPEC §1). */
public enum Role {
    ADMIN,
    DISPATCHER,
    TECHNICIAN,
    VIEWER
}
