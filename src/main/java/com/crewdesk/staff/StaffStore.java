package com.crewdesk.staff;

import com.crewdesk.patch.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff_users rows the administration screens read and change; every statement is
 * scoped by company.
 */
@Repository
public class StaffStore {

	private static final String COLUMNS = "id, email, display_name, phone, role, active, last_login_at, must_change_password";

	private final JdbcClient jdbc;

	StaffStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The company's staff, by name; {@code query} matches name or e-mail (substring),
	 * {@code role} one role.
	 */
	public List<StaffMember> list(long companyId, String query, Role role) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM staff_users WHERE company_id = :company
				  AND (CAST(:q AS text) IS NULL OR display_name ILIKE '%' || CAST(:q AS text) || '%'
				       OR email ILIKE '%' || CAST(:q AS text) || '%')
				  AND (CAST(:role AS varchar) IS NULL OR role = CAST(:role AS varchar))
				ORDER BY lower(display_name), id""")
			.param("company", companyId)
			.param("q", query == null || query.isBlank() ? null : escapeLike(query.trim()))
			.param("role", role == null ? null : role.name())
			.query(StaffStore::member)
			.list();
	}

	public Optional<StaffMember> find(long companyId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM staff_users WHERE company_id = :company AND id = :id")
			.param("company", companyId)
			.param("id", id)
			.query(StaffStore::member)
			.optional();
	}

	public boolean emailTaken(String email) {
		return jdbc.sql("SELECT count(*) FROM staff_users WHERE lower(email) = lower(:email)")
			.param("email", email)
			.query(Long.class)
			.single() > 0;
	}

	public void insert(long companyId, UUID id, String email, String name, String phone, Role role, String hash) {
		jdbc.sql(
				"""
						INSERT INTO staff_users (id, company_id, email, display_name, phone, role, password_hash, must_change_password)
						VALUES (:id, :company, :email, :name, :phone, :role, :hash, true)""")
			.param("id", id)
			.param("company", companyId)
			.param("email", email)
			.param("name", name)
			.param("phone", phone)
			.param("role", role.name())
			.param("hash", hash)
			.update();
	}

	public void update(long companyId, UUID id, String name, String phone, Role role) {
		jdbc.sql("UPDATE staff_users SET display_name = :name, phone = :phone, role = :role "
				+ "WHERE company_id = :company AND id = :id")
			.param("name", name)
			.param("phone", phone)
			.param("role", role.name())
			.param("company", companyId)
			.param("id", id)
			.update();
	}

	public void setActive(long companyId, UUID id, boolean active) {
		jdbc.sql("UPDATE staff_users SET active = :active WHERE company_id = :company AND id = :id")
			.param("active", active)
			.param("company", companyId)
			.param("id", id)
			.update();
	}

	public void setPassword(long companyId, UUID id, String hash, boolean mustChange) {
		jdbc.sql("UPDATE staff_users SET password_hash = :hash, must_change_password = :must "
				+ "WHERE company_id = :company AND id = :id")
			.param("hash", hash)
			.param("must", mustChange)
			.param("company", companyId)
			.param("id", id)
			.update();
	}

	public Optional<String> passwordHash(long companyId, UUID id) {
		return jdbc.sql("SELECT password_hash FROM staff_users WHERE company_id = :company AND id = :id")
			.param("company", companyId)
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/**
	 * Called at login: stamps the time and tells whether a new password must be set
	 * first.
	 */
	public boolean loggedIn(UUID id) {
		return jdbc.sql("UPDATE staff_users SET last_login_at = now() WHERE id = :id RETURNING must_change_password")
			.param("id", id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** How many active people of the company have one of these roles. */
	public long countActive(long companyId, Collection<Role> roles) {
		return jdbc
			.sql("SELECT count(*) FROM staff_users WHERE company_id = :company AND active "
					+ "AND role = ANY(CAST(:roles AS varchar[]))")
			.param("company", companyId)
			.param("roles", roles.stream().map(Role::name).toArray(String[]::new))
			.query(Long.class)
			.single();
	}

	/**
	 * The person's jobs that are not deleted and not yet complete or invoiced (at most
	 * {@code limit}).
	 */
	public List<OpenJob> openJobs(long companyId, UUID id, int limit) {
		return jdbc.sql("""
				SELECT job_number, title, status FROM jobs
				WHERE company_id = :company AND assigned_to_user_id = :id AND deleted_at IS NULL
				  AND status NOT IN ('Complete', 'Invoiced')
				ORDER BY scheduled_date NULLS LAST, job_number LIMIT :limit""")
			.param("company", companyId)
			.param("id", id)
			.param("limit", limit)
			.query((rs, n) -> new OpenJob(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private static StaffMember member(ResultSet rs, int row) throws SQLException {
		Timestamp lastLogin = rs.getTimestamp("last_login_at");
		return new StaffMember(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
				rs.getString("phone"), Role.valueOf(rs.getString("role")), rs.getBoolean("active"),
				lastLogin == null ? null : lastLogin.toInstant(), rs.getBoolean("must_change_password"));
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
