package com.crewdesk.company;

/** What a custom field is defined for. */
public enum FieldEntity {

	JOB("Jobs"), CUSTOMER("Customers");

	private final String label;

	FieldEntity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
