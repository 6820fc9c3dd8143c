package com.crewdesk.security;

import com.crewdesk.audit.Acting;
import com.crewdesk.patch.Actor;
import com.crewdesk.patch.Role;
import com.crewdesk.patch.Rulebook;
import com.crewdesk.staff.StaffUser;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in staff member: who they are, their company and their role. */
public final class CrewdeskUser implements UserDetails {

	private final UUID staffId;

	private final long companyId;

	private final String companyName;

	private final String email;

	private final String displayName;

	private final Role role;

	private final boolean active;

	private transient String passwordHash;

	CrewdeskUser(StaffUser staff, String companyName) {
		this.staffId = staff.id();
		this.companyId = staff.companyId();
		this.companyName = companyName;
		this.email = staff.email();
		this.displayName = staff.displayName();
		this.role = staff.role();
		this.active = staff.active();
		this.passwordHash = staff.passwordHash();
	}

	public UUID staffId() {
		return staffId;
	}

	public long companyId() {
		return companyId;
	}

	public String companyName() {
		return companyName;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	/** This person as the engine and the {@link Rulebook} know them. */
	public Actor actor() {
		return Actor.staff(staffId, role);
	}

	/**
	 * This person performing an administrative action (the audit log names them by
	 * e-mail).
	 */
	public Acting acting() {
		return new Acting(companyId, actor(), email);
	}

	public String email() {
		return email;
	}

	public Caller caller() {
		return Caller.of(this);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CrewdeskUser user && user.staffId.equals(staffId);
	}

	@Override
	public int hashCode() {
		return staffId.hashCode();
	}

	@Override
	public String toString() {
		return "CrewdeskUser[" + email + ", " + role + "]";
	}

}
