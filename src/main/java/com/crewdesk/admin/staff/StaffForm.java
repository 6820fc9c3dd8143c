package com.crewdesk.admin.staff;

import com.crewdesk.staff.StaffMember;

/** What the add and edit forms post (the e-mail and password only when adding). */
record StaffForm(String name, String email, String phone, String role, String password) {

	static StaffForm of(StaffMember person) {
		return new StaffForm(person.displayName(), person.email(), person.phone() == null ? "" : person.phone(),
				person.role().name(), "");
	}
}
