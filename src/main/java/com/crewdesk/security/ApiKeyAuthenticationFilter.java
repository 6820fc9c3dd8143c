package com.crewdesk.security;

import com.crewdesk.database.Tenancy;
import com.crewdesk.apikeys.ApiKeyService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <key>} against the stored key hashes. A
 * missing, unknown or revoked key leaves the request anonymous (a read-only key may only
 * GET), and the API chain's entry point answers 401 problem+json.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiKeyService keys;

	ApiKeyAuthenticationFilter(ApiKeyService keys) {
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			String secret = header.substring(BEARER.length()).trim();
			Tenancy
				.acrossCompanies("an API key is looked up before its company is known", () -> keys.authenticate(secret))
				.ifPresent(key -> SecurityContextHolder.getContext()
					.setAuthentication(new ApiKeyAuthentication(new ApiCaller(key.companyId(), key.id(), key.name()),
							key.mayWrite())));
		}
		chain.doFilter(request, response);
	}

}
