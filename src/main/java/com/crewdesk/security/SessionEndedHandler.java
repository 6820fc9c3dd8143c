package com.crewdesk.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A write whose session has ended (expired, or logged out in another tab) fails the CSRF
 * check, because the token lived in that session. Such a write is not an attack on
 * anyone's session: it is answered like a page load without a session, but says what
 * happened. htmx requests get {@code HX-Redirect} (htmx does not swap a 403, so the edit
 * would vanish without a word), other requests a redirect, both to
 * {@code /login?ended&continue=<the page>}: the login page shows "Your session has ended;
 * log in again. Your change was not saved." and logging in leads back to that page. A
 * CSRF failure inside a live session stays 403.
 */
final class SessionEndedHandler implements AccessDeniedHandler {

	static final String LOGIN = "/login?ended&continue=";

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (!(denied instanceof CsrfException) || loggedIn()) {
			forbidden.handle(request, response, denied);
			return;
		}
		String login = LOGIN + URLEncoder.encode(pageOf(request), StandardCharsets.UTF_8);
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", login);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		}
		else {
			response.sendRedirect(login);
		}
	}

	private static boolean loggedIn() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
	}

	/**
	 * The page the user was on: htmx names it, a form post has its Referer; only a local
	 * path is kept.
	 */
	static String pageOf(HttpServletRequest request) {
		String page = request.getHeader("HX-Current-URL");
		if (page == null) {
			page = request.getHeader("Referer");
		}
		return localPath(page).orElse("/");
	}

	static Optional<String> localPath(String url) {
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		try {
			URI uri = URI.create(url.trim());
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
				return Optional.empty();
			}
			return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

}
