package com.crewdesk.customers;

/**
 * The customer changed since the version the caller's change was made against; nothing
 * was written.
 */
public class StaleCustomerException extends RuntimeException {

	private final CustomerStore.StoredCustomer current;

	public StaleCustomerException(CustomerStore.StoredCustomer current) {
		super("Customer was changed by someone else (now version " + current.version() + ")");
		this.current = current;
	}

	public CustomerStore.StoredCustomer current() {
		return current;
	}

}
