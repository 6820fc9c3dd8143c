package com.crewdesk.support;

import com.crewdesk.database.Tenancy;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test code sets up and checks rows of several companies directly through the app's
 * DataSource, so test threads see every company's rows (row-level security, V24). Awaited
 * conditions are polled on the test's thread too. Requests a test sends are served on the
 * server's threads under their caller's company, and background work under its own scope,
 * so neither is affected.
 * <p>
 * The scope opens only after the application has started (in beforeEach, or for per-class
 * tests after their instance was prepared), so that startup paths are tested under their
 * own scope.
 */
public class AcrossCompaniesOnTestThreads
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(AcrossCompaniesOnTestThreads.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		if (context.getTestInstanceLifecycle().orElse(null) == TestInstance.Lifecycle.PER_CLASS) {
			open(context);
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		open(context);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		close(context);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		close(context);
	}

	private static void open(ExtensionContext context) {
		// Conditions waited for are checked on the test's thread, under its scope.
		Awaitility.pollInSameThread();
		context.getStore(NAMESPACE)
			.put(Tenancy.Opened.class, Tenancy.openAcrossCompanies("tests set up and check rows of several companies"));
	}

	private static void close(ExtensionContext context) {
		Tenancy.Opened opened = context.getStore(NAMESPACE).remove(Tenancy.Opened.class, Tenancy.Opened.class);
		if (opened != null) {
			opened.close();
		}
	}

}
