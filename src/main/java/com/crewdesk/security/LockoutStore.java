package com.crewdesk.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lockouts in login_lockouts: recorded by the throttle, listed and lifted by a company's
 * admin.
 */
@Repository
class LockoutStore {

	private final JdbcClient jdbc;

	LockoutStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String email, String address, Instant at, Instant until) {
		jdbc.sql("""
				INSERT INTO login_lockouts (email, address, locked_at, locked_until)
				VALUES (:email, :address, :at, :until)
				""")
			.param("email", email)
			.param("address", address)
			.param("at", Timestamp.from(at))
			.param("until", Timestamp.from(until))
			.update();
	}

	/** When the e-mail's current lockout ends, if it has one. */
	Optional<Instant> lockedUntil(String email, Instant now) {
		return jdbc.sql("""
				SELECT max(locked_until) FROM login_lockouts
				WHERE lower(email) = :email AND lifted_at IS NULL AND locked_until > :now
				""")
			.param("email", email)
			.param("now", Timestamp.from(now))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * Current lockouts of the company's staff e-mails (lockouts of unknown e-mails belong
	 * to no company).
	 */
	List<Lockout> current(long companyId, Instant now) {
		return jdbc.sql("""
				SELECT l.id, s.email, s.display_name, l.address, l.locked_at, l.locked_until
				FROM login_lockouts l JOIN staff_users s ON lower(s.email) = lower(l.email)
				WHERE s.company_id = :company AND l.lifted_at IS NULL AND l.locked_until > :now
				ORDER BY l.locked_at DESC
				""")
			.param("company", companyId)
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new Lockout(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
					rs.getString("address"), rs.getTimestamp("locked_at").toInstant(),
					rs.getTimestamp("locked_until").toInstant()))
			.list();
	}

	/**
	 * Lifts every current lockout of that e-mail if it belongs to the company's staff;
	 * answers the e-mail.
	 */
	Optional<String> lift(long companyId, long lockoutId, UUID liftedBy, Instant now) {
		Optional<String> email = jdbc.sql("""
				SELECT lower(l.email) FROM login_lockouts l JOIN staff_users s ON lower(s.email) = lower(l.email)
				WHERE l.id = :id AND s.company_id = :company
				""").param("id", lockoutId).param("company", companyId).query(String.class).optional();
		email.ifPresent(e -> jdbc.sql("""
				UPDATE login_lockouts SET lifted_at = :now, lifted_by = :by
				WHERE lower(email) = :email AND lifted_at IS NULL AND locked_until > :now
				""").param("now", Timestamp.from(now)).param("by", liftedBy).param("email", e).update());
		return email;
	}

}
