package com.crewdesk.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections that see only the rows of the current scope's company (row-level
 * security, V24): each checkout takes the restricted role {@value #APP_ROLE} (which can't
 * bypass the policies) with the setting {@code crewdesk.company_id}, or the owner's own
 * role for a path across companies. The scope is {@link Tenancy}'s when set, else the
 * logged-in caller's company, else no company at all (nothing is visible).
 * <p>
 * The two settings are sent only when a pooled connection last ran under another scope,
 * so a busy single-company instance pays nothing per checkout.
 */
public class RowLevelSecurityDataSource extends DelegatingDataSource {

	static final String APP_ROLE = "crewdesk_app";

	private static final String APPLY = "SELECT set_config('role', ?, false), set_config('crewdesk.company_id', ?, false)";

	private static final ThreadLocal<Boolean> RESOLVING_CALLER = new ThreadLocal<>();

	private final ObjectProvider<CompanyOfCaller> callers;

	/** The scope each pooled (physical) connection last ran under. */
	private final Map<Object, DatabaseScope> applied = Collections.synchronizedMap(new WeakHashMap<>());

	public RowLevelSecurityDataSource(DataSource target, ObjectProvider<CompanyOfCaller> callers) {
		super(target);
		this.callers = callers;
	}

	// The caller's scope is resolved before a connection is borrowed, never while one is
	// held: finding the caller may load the HTTP session, which borrows a connection of
	// its own (forTablesWithoutPolicies). Borrowing first took two connections per
	// request, and a burst of requests could hold the whole pool, each waiting for its
	// second; the lookups timed out and never returned their first (ConnectionPoolIT).
	@Override
	public Connection getConnection() throws SQLException {
		DatabaseScope scope = currentScope();
		return scoped(super.getConnection(), scope);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		DatabaseScope scope = currentScope();
		return scoped(super.getConnection(username, password), scope);
	}

	/**
	 * The same pool without any scoping, for tables that have no policy and are read
	 * before the caller is known: the HTTP sessions. A checkout takes the connection in
	 * whatever scope it last ran under and changes nothing, so loading and saving a
	 * session costs no {@code set_config} round trips and leaves the connection ready for
	 * the request's own queries.
	 */
	public DataSource forTablesWithoutPolicies() {
		return new DelegatingDataSource(obtainTargetDataSource());
	}

	DatabaseScope currentScope() {
		DatabaseScope explicit = Tenancy.explicit();
		if (explicit != null) {
			return explicit;
		}
		if (RESOLVING_CALLER.get() != null) {
			// A lookup made while finding the caller gets no company. The session itself
			// is loaded through forTablesWithoutPolicies() and never comes here; this
			// keeps any other nested lookup from asking for the caller again.
			return DatabaseScope.NO_COMPANY;
		}
		RESOLVING_CALLER.set(Boolean.TRUE);
		try {
			CompanyOfCaller caller = callers.getIfAvailable();
			Long company = caller == null ? null : caller.companyId();
			return company == null ? DatabaseScope.NO_COMPANY : DatabaseScope.company(company);
		}
		finally {
			RESOLVING_CALLER.remove();
		}
	}

	private Connection scoped(Connection connection, DatabaseScope scope) throws SQLException {
		try {
			apply(connection, scope);
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			// Whatever failed, the borrowed connection goes back to the pool.
			connection.close();
			throw ex;
		}
	}

	private void apply(Connection connection, DatabaseScope scope) throws SQLException {
		Object physical = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class)
				: connection;
		if (scope.equals(applied.get(physical))) {
			return;
		}
		try (PreparedStatement apply = connection.prepareStatement(APPLY)) {
			apply.setString(1, scope.role());
			apply.setString(2, scope.companySetting());
			apply.execute();
		}
		// Settings made inside a transaction that later rolls back would revert: only
		// remember those that were committed at once.
		if (connection.getAutoCommit()) {
			applied.put(physical, scope);
		}
		else {
			applied.remove(physical);
		}
	}

}
