package com.crewdesk.database;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sets whose rows the database work of this thread may see, where no logged-in caller
 * says it: background work for one company, and the few system paths that really span
 * companies. A request thread needs none of this: its caller's company applies (see
 * {@link RowLevelSecurityDataSource}). Every path across companies names its reason.
 * <p>
 * The scope is taken when a connection is checked out, so it must be set before a
 * transaction starts; changing it inside a transaction is refused, as it could not reach
 * the connection the transaction already holds.
 */
public final class Tenancy {

	private static final Logger log = LoggerFactory.getLogger(Tenancy.class);

	private static final ThreadLocal<DatabaseScope> SCOPE = new ThreadLocal<>();

	private Tenancy() {
	}

	public static <T> T forCompany(long companyId, Supplier<T> work) {
		return within(DatabaseScope.company(companyId), work);
	}

	public static void forCompany(long companyId, Runnable work) {
		forCompany(companyId, asSupplier(work));
	}

	/**
	 * Runs work that must see every company's rows (logins before anyone is known, claims
	 * of background work, loaders). {@code why} documents the path and is logged at trace
	 * level.
	 */
	public static <T> T acrossCompanies(String why, Supplier<T> work) {
		log.trace("Across companies: {}", why);
		return within(DatabaseScope.ACROSS_COMPANIES, work);
	}

	public static void acrossCompanies(String why, Runnable work) {
		acrossCompanies(why, asSupplier(work));
	}

	/**
	 * Opens an across-companies scope for this thread until the returned handle is closed
	 * (for test threads, which set up and check rows of several companies directly).
	 */
	public static Opened openAcrossCompanies(String why) {
		log.trace("Across companies until closed: {}", why);
		DatabaseScope previous = enter(DatabaseScope.ACROSS_COMPANIES);
		return () -> restore(previous);
	}

	/** The scope set on this thread, or null when the caller's company applies. */
	static DatabaseScope explicit() {
		return SCOPE.get();
	}

	private static <T> T within(DatabaseScope scope, Supplier<T> work) {
		DatabaseScope previous = enter(scope);
		try {
			return work.get();
		}
		finally {
			restore(previous);
		}
	}

	private static DatabaseScope enter(DatabaseScope scope) {
		DatabaseScope previous = SCOPE.get();
		if (!scope.equals(previous) && TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("The database scope can't change inside a transaction: its connection "
					+ "was checked out under the previous scope");
		}
		SCOPE.set(scope);
		return previous;
	}

	private static void restore(DatabaseScope previous) {
		if (previous == null) {
			SCOPE.remove();
		}
		else {
			SCOPE.set(previous);
		}
	}

	private static Supplier<Void> asSupplier(Runnable work) {
		return () -> {
			work.run();
			return null;
		};
	}

	/** A scope opened for a thread; closing it restores the one before. */
	public interface Opened extends AutoCloseable {

		@Override
		void close();

	}

}
