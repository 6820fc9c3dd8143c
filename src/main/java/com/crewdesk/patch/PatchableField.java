package com.crewdesk.patch;

/**
 * A field a patch can name: its API name, whether it may be written, nullable, and
 * format.
 */
interface PatchableField {

	String apiName();

	FieldCategory category();

	boolean nullable();

	ValueFormat format();

}
