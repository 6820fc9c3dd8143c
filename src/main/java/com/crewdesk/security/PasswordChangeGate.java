package com.crewdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person who logged in with a temporary password must set their own before anything
 * else: every page sends them to {@code /account/password} until they have (the session
 * carries the flag set at login).
 */
public final class PasswordChangeGate extends OncePerRequestFilter {

	public static final String ATTRIBUTE = "crewdesk.mustChangePassword";

	public static final String PAGE = "/account/password";

	private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/assets/", "/webjars/", "/error",
			"/favicon.ico");

	/** Clears the flag once the person has set a password of their own. */
	public static void passwordChanged(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	static void require(HttpServletRequest request) {
		request.getSession().setAttribute(ATTRIBUTE, Boolean.TRUE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (session != null && session.getAttribute(ATTRIBUTE) != null && OPEN.stream().noneMatch(path::startsWith)) {
			String target = request.getContextPath() + PAGE;
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", target);
				response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			}
			else {
				response.sendRedirect(target);
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
