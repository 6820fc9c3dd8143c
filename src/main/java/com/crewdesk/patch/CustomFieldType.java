package com.crewdesk.patch;

/** The type of a company-defined custom field; values are always stored as strings. */
public enum CustomFieldType {

	TEXT, NUMBER, DATE, SELECT

}
