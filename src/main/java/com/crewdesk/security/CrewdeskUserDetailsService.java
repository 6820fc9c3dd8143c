package com.crewdesk.security;

import com.crewdesk.company.CompanyRepository;
import com.crewdesk.database.Tenancy;
import com.crewdesk.staff.StaffRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class CrewdeskUserDetailsService implements UserDetailsService {

	private final StaffRepository staff;

	private final CompanyRepository companies;

	CrewdeskUserDetailsService(StaffRepository staff, CompanyRepository companies) {
		this.staff = staff;
		this.companies = companies;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return Tenancy
			.acrossCompanies("a login looks its e-mail up before anyone's company is known",
					() -> staff.findByEmail(email.trim())
						.map(user -> new CrewdeskUser(user, companies.findById(user.companyId()).orElseThrow().name())))
			.orElseThrow(() -> new UsernameNotFoundException("unknown e-mail"));
	}

}
