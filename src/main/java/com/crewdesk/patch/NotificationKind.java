package com.crewdesk.patch;

/** Why a technician is told about a job change (P12). */
public enum NotificationKind {

	ASSIGNED, UNASSIGNED, STATUS

}
