package com.crewdesk.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The authentication of a request that carried a valid, unrevoked API key. */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final ApiCaller caller;

	ApiKeyAuthentication(ApiCaller caller) {
		super(List.of(new SimpleGrantedAuthority("ROLE_API")));
		this.caller = caller;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public ApiCaller getPrincipal() {
		return caller;
	}
}
