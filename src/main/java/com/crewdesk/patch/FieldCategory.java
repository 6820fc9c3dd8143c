package com.crewdesk.patch;

/** Whether a patch may set a field always, only on creation, or never (P4). */
public enum FieldCategory {

	WRITABLE, CREATE_ONLY, READ_ONLY

}
