package com.crewdesk.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The authentication of a request that carried a valid, unrevoked API key. */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final ApiCaller caller;

	/** Held by keys that may write (read-write scope); every key holds ROLE_API. */
	static final String WRITE = "API_WRITE";

	ApiKeyAuthentication(ApiCaller caller, boolean mayWrite) {
		super(mayWrite ? List.of(new SimpleGrantedAuthority("ROLE_API"), new SimpleGrantedAuthority(WRITE))
				: List.of(new SimpleGrantedAuthority("ROLE_API")));
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
