package com.crewdesk.jobs;

/** Test-side copy of the in-request limit of the batch panel (BatchEditController.IN_REQUEST). */
final class BatchEditControllerAccess {

	static final int IN_REQUEST = 500;

	private BatchEditControllerAccess() {
	}
}
