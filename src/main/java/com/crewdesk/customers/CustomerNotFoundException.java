package com.crewdesk.customers;

/**
 * No such customer in the caller's company (or not one the caller may see): always a 404,
 * never a leak.
 */
public class CustomerNotFoundException extends RuntimeException {

	public CustomerNotFoundException(Object id) {
		super("Customer " + id + " not found");
	}

}
