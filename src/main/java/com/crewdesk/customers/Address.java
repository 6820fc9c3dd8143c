package com.crewdesk.customers;

import java.math.BigDecimal;

/** A customer's bill-to address: replaced and validated as one unit. */
public record Address(String street, String unit, String city, String state, String zip, String country,
		BigDecimal latitude, BigDecimal longitude) {
}
